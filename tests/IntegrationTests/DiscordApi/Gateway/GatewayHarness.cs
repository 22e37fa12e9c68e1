using DiscordApi;
using DiscordApi.Events;
using DiscordApi.Gateway;
using ServerStatus.IntegrationTests.FakeDiscord.Gateway;

namespace ServerStatus.IntegrationTests.DiscordApi.Gateway;

/// <summary>One fake gateway on its own port plus one client with short, real-time timings.</summary>
internal sealed class GatewayHarness : IAsyncDisposable
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    public static readonly GatewayTimings FastTimings = new()
    {
        IdentifyInterval = TimeSpan.FromMilliseconds(300),
        InvalidSessionDelayMin = TimeSpan.FromMilliseconds(50),
        InvalidSessionDelayMax = TimeSpan.FromMilliseconds(150),
        BackoffBase = TimeSpan.FromMilliseconds(50),
        BackoffCap = TimeSpan.FromMilliseconds(500),
        HelloTimeout = TimeSpan.FromSeconds(5),
        CloseTimeout = TimeSpan.FromMilliseconds(500),
    };

    private readonly HttpClient _http = new();

    private GatewayHarness(FakeDiscordGateway fake, DiscordApiOptions options, GatewayTimings timings, IRandomSource random)
    {
        Fake = fake;
        Options = options;
        Client = new DiscordGatewayClient(Microsoft.Extensions.Options.Options.Create(options), _http, Logs.CreateLogger<DiscordGatewayClient>(), TimeProvider.System, timings, random);
    }

    public FakeDiscordGateway Fake { get; }

    public DiscordApiOptions Options { get; }

    public DiscordGatewayClient Client { get; }

    public CapturedLogs Logs { get; } = new();

    /// <summary>Every event read so far, in order (events are read only through <see cref="NextAsync{T}"/>).</summary>
    public List<GatewayEvent> Seen { get; } = [];

    public static async Task<GatewayHarness> StartAsync(
        Action<FakeGatewayOptions>? configureFake = null,
        Action<DiscordApiOptions>? configureClient = null,
        GatewayTimings? timings = null,
        double random = 0.5,
        bool startClient = true)
    {
        var fakeOptions = new FakeGatewayOptions { HeartbeatInterval = TimeSpan.FromMilliseconds(300) };
        configureFake?.Invoke(fakeOptions);
        var fake = new FakeDiscordGateway(fakeOptions);
        await fake.StartAsync();
        var options = new DiscordApiOptions
        {
            Token = fakeOptions.Token,
            ApiBaseUrl = fake.BaseUrl,
            GatewayCompression = false,
            Intents = 38401,
        };
        configureClient?.Invoke(options);
        var harness = new GatewayHarness(fake, options, timings ?? FastTimings, new FixedRandomSource(random));
        if (startClient)
        {
            await harness.Client.StartAsync(CancellationToken.None);
        }

        return harness;
    }

    /// <summary>Reads events until one of type <typeparamref name="T"/> arrives (others are kept in <see cref="Seen"/>).</summary>
    public async Task<T> NextAsync<T>(Func<T, bool>? match = null)
        where T : GatewayEvent
    {
        using var cts = new CancellationTokenSource(Deadline);
        while (true)
        {
            GatewayEvent gatewayEvent;
            try
            {
                gatewayEvent = await Client.Events.ReadAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No {typeof(T).Name} within {Deadline}; seen: {string.Join(", ", Seen.Select(e => e.GetType().Name))}");
            }

            Seen.Add(gatewayEvent);
            if (gatewayEvent is T typed && (match is null || match(typed)))
            {
                return typed;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Client.StopAsync(CancellationToken.None).WaitAsync(Deadline);
        }
        finally
        {
            await Client.DisposeAsync();
            await Fake.DisposeAsync();
            _http.Dispose();
        }
    }
}
