using DiscordApi;
using DiscordApi.Rest;
using Microsoft.Extensions.Options;
using ServerStatus.IntegrationTests.FakeDiscord.Rest;

namespace ServerStatus.IntegrationTests.DiscordApi.Rest;

/// <summary>A started fake plus a real client pointed at it over HTTP; one per test.</summary>
internal sealed class RestHarness : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly HttpClient _http = new();

    private RestHarness(FakeDiscordRest fake, DiscordRestSettings settings)
    {
        Fake = fake;
        Client = new DiscordRestClient(
            _http,
            Options.Create(new DiscordApiOptions { Token = FakeDiscordRest.DefaultToken, ApiBaseUrl = fake.BaseUrl }),
            TimeProvider.System,
            Logs.CreateLogger<DiscordRestClient>(),
            settings);
    }

    public FakeDiscordRest Fake { get; }

    public DiscordRestClient Client { get; }

    public CapturedLogs Logs { get; } = new();

    public static DiscordRestSettings FastSettings => new()
    {
        ServerErrorBackoff = TimeSpan.FromMilliseconds(20),
        RequestTimeout = TimeSpan.FromSeconds(5),
        MaxQueueWait = TimeSpan.FromSeconds(10),
    };

    public static async Task<RestHarness> StartAsync(DiscordRestSettings? settings = null)
    {
        var fake = new FakeDiscordRest();
        await fake.StartAsync();
        return new RestHarness(fake, settings ?? FastSettings);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Fake.DisposeAsync();
    }
}
