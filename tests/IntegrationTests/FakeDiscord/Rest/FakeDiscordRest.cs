using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ServerStatus.IntegrationTests.FakeDiscord.Rest;

/// <summary>
/// A fake Discord REST API v10 for tests: realistic rate-limit headers, scripted failures, Discord-style errors
/// (including 50035 for over-limit bodies), a message store, and a recording of every request.
/// Map it onto an existing app with <see cref="MapRoutes"/>, or run it alone with <see cref="StartAsync"/>.
/// </summary>
public sealed partial class FakeDiscordRest : IAsyncDisposable
{
    public const string DefaultToken = "FAKE.discord-bot-token.never-log-me";
    public const string ApiPrefix = "/api/v10";

    private const long DiscordEpochMs = 1420070400000;

    private readonly Lock _sync = new();
    private readonly TimeProvider _time;
    private readonly long _origin;
    private long _snowflakes;
    private WebApplication? _app;
    private Uri? _baseUrl;

    public FakeDiscordRest(TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
        _origin = _time.GetTimestamp();
    }

    /// <summary>The bot token the fake accepts (<c>Authorization: Bot &lt;token&gt;</c>).</summary>
    public string Token { get; set; } = DefaultToken;

    public ulong ApplicationId { get; set; } = 1_100_000_000_000_000_001;

    public ulong BotUserId { get; set; } = 1_100_000_000_000_000_002;

    public string BotUsername { get; set; } = "ServerStatus";

    /// <summary>API base URL including <c>/api/v10/</c>, as the client needs it.</summary>
    public Uri BaseUrl => _baseUrl ?? throw new InvalidOperationException("Call StartAsync() or UseServerAddress() first.");

    /// <summary>When hosted by someone else's app: tell the fake its server root, e.g. <c>http://127.0.0.1:5123</c>.</summary>
    public void UseServerAddress(Uri serverRoot)
    {
        ArgumentNullException.ThrowIfNull(serverRoot);
        _baseUrl = new Uri(serverRoot.GetLeftPart(UriPartial.Authority) + ApiPrefix + "/");
    }

    /// <summary>Starts a standalone Kestrel server on 127.0.0.1 with a free port.</summary>
    public async Task StartAsync(CancellationToken ct = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        MapRoutes(app);
        await app.StartAsync(ct);
        _app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        UseServerAddress(new Uri(address));
    }

    /// <summary>
    /// Forgets what tests arranged (scripted answers, closed DMs, guild members, guilds and channels, application flags,
    /// route limits), so a shared fake starts the next test as it was made; the message store and the recording of
    /// requests stay.
    /// </summary>
    public void ClearArrangements()
    {
        lock (_sync)
        {
            _scripts.Clear();
            _closedDms.Clear();
            _members.Clear();
            _limits.Clear();
            ClearGuilds();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private TimeSpan Now => _time.GetElapsedTime(_origin);

    private ulong NextId()
    {
        var ms = (ulong)(_time.GetUtcNow().ToUnixTimeMilliseconds() - DiscordEpochMs);
        return (ms << 22) | ((ulong)Interlocked.Increment(ref _snowflakes) & 0xFFF);
    }

    private static ulong Id(string text) => ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;

    private static string Str(ulong id) => id.ToString(CultureInfo.InvariantCulture);
}
