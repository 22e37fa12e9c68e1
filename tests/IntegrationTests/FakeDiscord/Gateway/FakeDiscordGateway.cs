using System.Globalization;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ServerStatus.IntegrationTests.FakeDiscord.Gateway;

/// <summary>A scripted Discord gateway on 127.0.0.1 (Kestrel, random port): GET /api/v10/gateway/bot plus the
/// WebSocket at <c>/gateway</c> (fresh sessions) and <c>/gateway/resume</c> (the resume URL READY announces).
/// Speaks zlib-stream when asked, numbers dispatches per session and replays them on Resume, answers heartbeats,
/// and records every connection and every frame. REST routes can join the same app through
/// <c>mapExtraRoutes</c>.</summary>
public sealed class FakeDiscordGateway(FakeGatewayOptions? options = null, Action<IEndpointRouteBuilder>? mapExtraRoutes = null)
    : IAsyncDisposable
{
    private const int PrivilegedIntents = (1 << 1) | (1 << 8) | (1 << 15);

    private readonly Lock _lock = new();
    private readonly List<FakeGatewayConnection> _connections = [];
    private readonly List<FakeGatewayFrame> _frames = [];
    private readonly List<FakeGatewayRequest> _requests = [];
    private readonly List<(string Path, DateTimeOffset At)> _refused = [];
    private readonly Dictionary<string, FakeGatewaySession> _sessions = [];
    private WebApplication? _app;
    private FakeGatewaySession? _current;
    private int _nextConnectionId;

    public FakeGatewayOptions Options { get; } = options ?? new FakeGatewayOptions();

    /// <summary>REST base for <c>DiscordApiOptions.ApiBaseUrl</c>: <c>http://127.0.0.1:port/api/v10/</c>.</summary>
    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public Uri GatewayUrl { get; private set; } = new("ws://127.0.0.1/gateway");

    public Uri ResumeUrl { get; private set; } = new("ws://127.0.0.1/gateway/resume");

    /// <summary>Upgrade requests the resume URL refused (see <see cref="FakeGatewayOptions.RefuseResumeConnections"/>).</summary>
    public int RefusedResumeAttempts => RefusedAttempts.Count(a => a.Path.EndsWith("/resume", StringComparison.Ordinal));

    /// <summary>Every refused upgrade request: path and time.</summary>
    public IReadOnlyList<(string Path, DateTimeOffset At)> RefusedAttempts
    {
        get
        {
            lock (_lock)
            {
                return [.. _refused];
            }
        }
    }

    /// <summary>Global switch: when false no connection gets heartbeat ACKs.</summary>
    public bool AckHeartbeats { get; set; } = true;

    public IReadOnlyList<FakeGatewayConnection> Connections
    {
        get
        {
            lock (_lock)
            {
                return [.. _connections];
            }
        }
    }

    public IReadOnlyList<FakeGatewayFrame> Frames
    {
        get
        {
            lock (_lock)
            {
                return [.. _frames];
            }
        }
    }

    public IReadOnlyList<FakeGatewayRequest> GatewayBotRequests
    {
        get
        {
            lock (_lock)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Id of the session Identify created most recently (null before the first).</summary>
    public string? CurrentSessionId
    {
        get
        {
            lock (_lock)
            {
                return _current?.Id;
            }
        }
    }

    public IReadOnlyList<FakeGatewayFrame> FramesWithOp(int op) => [.. Frames.Where(f => f.Op == op)];

    public async Task StartAsync(CancellationToken ct = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddRouting();
        var app = builder.Build();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.Zero });
        app.MapGet("/api/v10/gateway/bot", GatewayBot);
        app.Map("/gateway", AcceptAsync);
        app.Map("/gateway/resume", AcceptAsync);
        mapExtraRoutes?.Invoke(app);
        await app.StartAsync(ct);
        _app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var port = new Uri(address).Port;
        BaseUrl = new Uri($"http://127.0.0.1:{port}/api/v10/");
        GatewayUrl = new Uri($"ws://127.0.0.1:{port}/gateway");
        ResumeUrl = new Uri($"ws://127.0.0.1:{port}/gateway/resume");
    }

    /// <summary>Sends a dispatch on the current session (buffered for replay; delivered at once when a live,
    /// non-zombie connection carries the session). Returns its sequence number.</summary>
    public async Task<int> DispatchAsync(string eventName, string dataJson)
    {
        var session = CurrentSession();
        await session.Lock.WaitAsync();
        try
        {
            return await SendLockedAsync(session, eventName, dataJson);
        }
        finally
        {
            session.Lock.Release();
        }
    }

    // The caller holds the session's lock: numbers the event, keeps it for resumes and sends it on the live connection.
    private async Task<int> SendLockedAsync(FakeGatewaySession session, string eventName, string dataJson)
    {
        var sequence = ++session.Sequence;
        var payload = $"{{\"op\":0,\"s\":{sequence},\"t\":\"{eventName}\",\"d\":{dataJson}}}";
        session.Sent.Add((sequence, payload));
        if (session.Live is { Zombie: false } live)
        {
            await TrySendAsync(live, payload);
        }

        return sequence;
    }

    /// <summary>Sends op 7 RECONNECT on the live connection.</summary>
    public Task SendReconnectAsync() => SendRawAsync("""{"op":7,"d":null}""");

    /// <summary>Sends op 9 INVALID_SESSION; with <paramref name="resumable"/> false the session is also forgotten.</summary>
    public Task SendInvalidSessionAsync(bool resumable)
    {
        if (!resumable)
        {
            CurrentSession().Invalidated = true;
        }

        return SendRawAsync(resumable ? """{"op":9,"d":true}""" : """{"op":9,"d":false}""");
    }

    /// <summary>Sends op 1: the client must answer with a heartbeat at once.</summary>
    public Task RequestHeartbeatAsync() => SendRawAsync("""{"op":1,"d":null}""");

    /// <summary>Sends any text (even invalid JSON) on the live connection.</summary>
    public async Task SendRawAsync(string payload)
    {
        await TrySendAsync(LiveConnection(), payload);
    }

    /// <summary>Closes the live connection with a close frame carrying <paramref name="closeCode"/>.</summary>
    public async Task CloseAsync(int closeCode)
    {
        var live = LiveConnection();
        if (closeCode is 4007 or 4009)
        {
            CurrentSession().Invalidated = true;
        }

        await live.CloseAsync(closeCode);
    }

    /// <summary>Drops the live connection's TCP connection without a close frame.</summary>
    public void DropConnection() => LiveConnection().Drop();

    /// <summary>Turns the live connection into a zombie: it stays open but ACKs nothing and delivers nothing.</summary>
    public void MakeLiveConnectionZombie() => LiveConnection().Zombie = true;

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            foreach (var connection in Connections.Where(c => c.EndedAt is null))
            {
                connection.Drop();
            }

            await _app.StopAsync(CancellationToken.None);
            await _app.DisposeAsync();
        }
    }

    private FakeGatewaySession CurrentSession()
    {
        lock (_lock)
        {
            return _current ?? throw new InvalidOperationException("No session yet: the client has not identified.");
        }
    }

    private FakeGatewayConnection LiveConnection()
    {
        lock (_lock)
        {
            return _connections.LastOrDefault(c => c.EndedAt is null)
                ?? throw new InvalidOperationException("No live gateway connection.");
        }
    }

    private IResult GatewayBot(HttpContext context)
    {
        lock (_lock)
        {
            _requests.Add(new FakeGatewayRequest(
                context.Request.Headers.Authorization.ToString(),
                context.Request.Headers.UserAgent.ToString(),
                DateTimeOffset.UtcNow));
        }

        if (context.Request.Headers.Authorization.ToString() != $"Bot {Options.Token}")
        {
            return Results.Json(new { message = "401: Unauthorized", code = 0 }, statusCode: 401);
        }

        return Results.Json(new
        {
            url = $"ws://{GatewayUrl.Authority}/gateway",
            shards = 1,
            session_start_limit = new
            {
                total = Options.SessionStartTotal,
                remaining = Options.SessionStartRemaining,
                reset_after = (long)Options.SessionStartResetAfter.TotalMilliseconds,
                max_concurrency = Options.MaxConcurrency,
            },
        });
    }

    private async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var isResume = context.Request.Path.Value?.EndsWith("/resume", StringComparison.Ordinal) == true;
        if ((isResume && Options.RefuseResumeConnections) || (!isResume && Options.RefuseFreshConnections))
        {
            lock (_lock)
            {
                _refused.Add((context.Request.Path.Value ?? "", DateTimeOffset.UtcNow));
            }

            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        FakeGatewayConnection connection;
        lock (_lock)
        {
            connection = new FakeGatewayConnection(++_nextConnectionId, context, socket);
            _connections.Add(connection);
        }

        try
        {
            var hello = $"{{\"op\":10,\"d\":{{\"heartbeat_interval\":{(int)Options.HeartbeatInterval.TotalMilliseconds}}}}}";
            if (connection.Id <= Options.ConnectionsWithReconnectBeforeHello)
            {
                await connection.SendAsync("""{"op":7,"d":null}""", Options.SplitFrames);
            }
            else if (connection.Id > Options.ConnectionsWithoutHello)
            {
                await connection.SendAsync(hello, Options.SplitFrames);
            }

            await ReceiveLoopAsync(connection);
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or OperationCanceledException or ConnectionAbortedException)
        {
            // The client went away or we dropped it on purpose.
        }
        finally
        {
            connection.EndedAt = DateTimeOffset.UtcNow;
            if (connection.Session is { } session)
            {
                await session.Lock.WaitAsync();
                if (session.Live == connection)
                {
                    session.Live = null;
                }

                session.Lock.Release();
            }

            connection.Dispose();
        }
    }

    private async Task ReceiveLoopAsync(FakeGatewayConnection connection)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            message.SetLength(0);
            WebSocketReceiveResult result;
            do
            {
                result = await connection.Socket.ReceiveAsync(buffer, CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    connection.ClientCloseCode = (int?)result.CloseStatus;
                    if (Options.IgnoreClientClose)
                    {
                        await WaitUntilDroppedAsync(connection);
                        return;
                    }

                    if (connection.Socket.State == WebSocketState.CloseReceived)
                    {
                        await connection.Socket.CloseOutputAsync(result.CloseStatus ?? WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    }

                    return;
                }

                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);

            using var document = JsonDocument.Parse(message.ToArray());
            var op = document.RootElement.GetProperty("op").GetInt32();
            var data = document.RootElement.TryGetProperty("d", out var d) ? d.Clone() : default;
            lock (_lock)
            {
                _frames.Add(new FakeGatewayFrame(connection.Id, op, data, DateTimeOffset.UtcNow));
            }

            switch (op)
            {
                case 1 when AckHeartbeats && !connection.Zombie:
                    await connection.SendAsync("""{"op":11}""", Options.SplitFrames);
                    break;
                case 2:
                    await IdentifyAsync(connection, data);
                    break;
                case 6:
                    await ResumeAsync(connection, data);
                    break;
                default:
                    break;
            }
        }
    }

    private static async Task WaitUntilDroppedAsync(FakeGatewayConnection connection)
    {
        var dropped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = connection.Aborted.Register(() => dropped.TrySetResult());
        await dropped.Task;
    }

    private async Task IdentifyAsync(FakeGatewayConnection connection, JsonElement data)
    {
        if (data.GetProperty("token").GetString() != Options.Token)
        {
            await connection.CloseAsync(4004);
            return;
        }

        if (Options.RejectIdentifyWith is { } rejection)
        {
            await connection.CloseAsync(rejection);
            return;
        }

        var intents = data.GetProperty("intents").GetInt32();
        if (!Options.PrivilegedIntentsEnabled && (intents & PrivilegedIntents) != 0)
        {
            await connection.CloseAsync(4014);
            return;
        }

        var session = new FakeGatewaySession(Guid.NewGuid().ToString("N"));
        connection.Session = session;
        var ready = JsonSerializer.Serialize(new
        {
            v = 10,
            user = new { id = Options.BotUserId.ToString(CultureInfo.InvariantCulture), username = Options.BotUsername, bot = true },
            guilds = Options.Guilds.Select(g => new { id = g.Id.ToString(CultureInfo.InvariantCulture), unavailable = true }),
            session_id = session.Id,
            resume_gateway_url = $"ws://{ResumeUrl.Authority}/gateway/resume",
            shard = new[] { 0, 1 },
            application = new { id = Options.ApplicationId.ToString(CultureInfo.InvariantCulture), flags = 0 },
        });
        // The session becomes current only with READY sent, as the first event on it: a test that dispatches an event as
        // soon as it sees the new session never has it go out before READY, or be kept from the connection.
        await session.Lock.WaitAsync();
        try
        {
            session.Live = connection;
            await SendLockedAsync(session, "READY", ready);
            lock (_lock)
            {
                _sessions[session.Id] = session;
                _current = session;
            }
        }
        finally
        {
            session.Lock.Release();
        }

        foreach (var (id, name) in Options.Guilds)
        {
            var guild = JsonSerializer.Serialize(new { id = id.ToString(CultureInfo.InvariantCulture), name, unavailable = false, member_count = 2, large = false, channels = Array.Empty<object>() });
            await DispatchAsync("GUILD_CREATE", guild);
        }
    }

    private async Task ResumeAsync(FakeGatewayConnection connection, JsonElement data)
    {
        FakeGatewaySession? session;
        lock (_lock)
        {
            _sessions.TryGetValue(data.GetProperty("session_id").GetString() ?? "", out session);
        }

        if (data.GetProperty("token").GetString() != Options.Token)
        {
            await connection.CloseAsync(4004);
            return;
        }

        if (session is null || session.Invalidated)
        {
            await connection.SendAsync("""{"op":9,"d":false}""", Options.SplitFrames);
            return;
        }

        var seq = data.GetProperty("seq").GetInt32();
        await session.Lock.WaitAsync();
        try
        {
            connection.Session = session;
            session.Live = connection;
            lock (_lock)
            {
                _current = session;
            }

            foreach (var (_, payload) in session.Sent.Where(s => s.Sequence > seq - Options.ReplayOverlap))
            {
                await connection.SendAsync(payload, Options.SplitFrames);
            }

            await connection.SendAsync("""{"op":0,"s":null,"t":"RESUMED","d":null}""", Options.SplitFrames);
        }
        finally
        {
            session.Lock.Release();
        }
    }

    private async Task TrySendAsync(FakeGatewayConnection connection, string payload)
    {
        try
        {
            await connection.SendAsync(payload, Options.SplitFrames);
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException or OperationCanceledException or ConnectionAbortedException)
        {
            // Dead connection: a resume will replay the buffered dispatch.
        }
    }
}
