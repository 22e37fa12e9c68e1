using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using DiscordApi.Events;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiscordApi.Gateway;

/// <summary>Our Discord gateway (v10) client: discovery, Hello/heartbeats, Identify/Resume, reconnects per guide
/// table 2.2, typed events out through <see cref="Events"/>. Connection state changes on one task (the run loop);
/// each connection's heartbeat runs on its own task; consumers read events on theirs. Own messages are dropped.
/// Also an <see cref="IHostedService"/>: register it as a singleton and as a hosted service.</summary>
public sealed class DiscordGatewayClient(
    IOptions<DiscordApiOptions> options,
    HttpClient httpClient,
    ILogger<DiscordGatewayClient> logger,
    TimeProvider? timeProvider = null,
    GatewayTimings? timings = null,
    IRandomSource? random = null) : IDiscordGateway, IHostedService, IAsyncDisposable
{
    private readonly DiscordApiOptions _options = options.Value;
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;
    private readonly GatewayTimings _timings = timings ?? GatewayTimings.Default;
    private readonly IRandomSource _random = random ?? SharedRandomSource.Instance;
    private readonly GatewaySession _session = new();
    private int _disposed;
    private readonly Channel<GatewayEvent> _events = Channel.CreateUnbounded<GatewayEvent>(new UnboundedChannelOptions { SingleWriter = true });
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _lifecycle = new();
    private ReconnectBackoff? _backoff;
    private IdentifyThrottle? _identifyThrottle;
    private CancellationTokenSource? _stop;
    private Task? _run;
    private Ready? _ready;
    private long _latencyTicks = -1;
    private int _state;

    public ChannelReader<GatewayEvent> Events => _events.Reader;

    public GatewayState State
    {
        get => (GatewayState)Volatile.Read(ref _state);
        private set => Volatile.Write(ref _state, (int)value);
    }

    public TimeSpan? Latency => Interlocked.Read(ref _latencyTicks) is var ticks and >= 0 ? TimeSpan.FromTicks(ticks) : null;

    public ulong? CurrentUserId => Volatile.Read(ref _ready)?.UserId;

    public ulong? ApplicationId => Volatile.Read(ref _ready)?.ApplicationId;

    public Task Completion => _completion.Task;

    private ReconnectBackoff Backoff => _backoff ??= new ReconnectBackoff(_timings.BackoffBase, _timings.BackoffCap, _random);

    private IdentifyThrottle IdentifyThrottle => _identifyThrottle ??= new IdentifyThrottle(_time, _timings.IdentifyInterval);

    public Task StartAsync(CancellationToken ct)
    {
        lock (_lifecycle)
        {
            if (_run is not null)
            {
                throw new InvalidOperationException("The gateway client was already started; create a new one to start again.");
            }

            var stop = new CancellationTokenSource();
            _stop = stop;
            _run = Task.Run(() => RunAsync(stop.Token), CancellationToken.None);
        }

        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken ct)
    {
        Task? run;
        lock (_lifecycle)
        {
            run = _run;
            _stop?.Cancel();
        }

        if (run is not null)
        {
            await run.WaitAsync(ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        // DI disposes the instance once per registration that exposes it: only the first call counts.
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await StopAsync(CancellationToken.None);
        _stop?.Dispose();
    }

    /// <summary>Appends the query every gateway URL needs, the resume URL included (twilight #1901).</summary>
    internal static Uri BuildGatewayUrl(Uri baseUrl, bool compression) => new UriBuilder(baseUrl)
    {
        Query = compression ? "v=10&encoding=json&compress=zlib-stream" : "v=10&encoding=json",
    }.Uri;

    private async Task RunAsync(CancellationToken ct)
    {
        var discovery = new GatewayDiscovery(httpClient, _options);
        var failedResumes = 0;
        var delay = TimeSpan.Zero;
        try
        {
            while (true)
            {
                if (delay > TimeSpan.Zero)
                {
                    await Task.Delay(delay, _time, ct);
                }

                ct.ThrowIfCancellationRequested();
                if (_session.CanResume && failedResumes >= _timings.ResumeAttemptsBeforeIdentify)
                {
                    GatewayLog.ResumeFallback(logger, failedResumes);
                    _session.Clear();
                }

                Uri target;
                var resuming = _session.CanResume && _session.ResumeUrl is not null;
                if (resuming && _session.ResumeUrl is { } resumeUrl)
                {
                    target = resumeUrl;
                }
                else
                {
                    failedResumes = 0;
                    GatewayBotInfo info;
                    try
                    {
                        State = GatewayState.Connecting;
                        info = await discovery.GetGatewayBotAsync(ct);
                    }
                    catch (Exception ex) when (ex is HttpRequestException or JsonException or OperationCanceledException && !ct.IsCancellationRequested)
                    {
                        delay = Backoff.Next();
                        GatewayLog.DiscoveryFailed(logger, ex.Message);
                        continue;
                    }

                    var wait = IdentifyThrottle.DelayBeforeIdentify(info.SessionStartLimit);
                    if (wait > TimeSpan.Zero)
                    {
                        GatewayLog.WaitingForIdentify(logger, wait);
                        await Task.Delay(wait, _time, ct);
                    }

                    target = info.Url;
                }

                var outcome = await RunConnectionAsync(BuildGatewayUrl(target, _options.GatewayCompression), resuming, ct);
                if (outcome.Recovery == GatewayRecovery.Fatal)
                {
                    throw new GatewayFatalException(outcome.CloseCode, GatewayCloseClassifier.DescribeFatal(outcome.CloseCode ?? 0));
                }

                if (outcome.Recovery == GatewayRecovery.Identify)
                {
                    _session.Clear();
                }

                failedResumes = outcome.SessionEstablished ? 0 : resuming ? failedResumes + 1 : failedResumes;
                delay = outcome.Delay ?? Backoff.Next();
                State = GatewayState.Reconnecting;
                GatewayLog.ConnectionEnded(logger, outcome.Reason, outcome.Recovery, delay);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            State = GatewayState.Stopped;
            GatewayLog.Stopped(logger);
            _events.Writer.TryComplete();
            _completion.TrySetResult();
        }
        catch (GatewayFatalException ex)
        {
            State = GatewayState.Fatal;
            GatewayLog.Fatal(logger, ex.Message);
            _events.Writer.TryComplete(ex);
            _completion.TrySetException(ex);
        }
        catch (Exception ex)
        {
            State = GatewayState.Fatal;
            GatewayLog.Unexpected(logger, ex);
            _events.Writer.TryComplete(ex);
            _completion.TrySetException(ex);
        }
    }

    private async Task<ConnectionOutcome> RunConnectionAsync(Uri url, bool resuming, CancellationToken ct)
    {
        State = GatewayState.Connecting;
        GatewayLog.Connecting(logger, url, resuming ? "resume" : "identify");
        using var connection = new GatewayConnection(url, _options.GatewayCompression, _time);
        try
        {
            await connection.ConnectAsync(ct);
        }
        catch (Exception ex) when (ex is WebSocketException or HttpRequestException or IOException && !ct.IsCancellationRequested)
        {
            return new ConnectionOutcome(resuming ? GatewayRecovery.Resume : GatewayRecovery.Identify, null, false, null, $"connect failed: {ex.Message}");
        }

        var run = new ConnectionRun(connection, resuming);
        using var connectionEnded = new CancellationTokenSource();
        using var helloTimer = _time.CreateTimer(
            _ => { GatewayLog.HelloTimeout(logger, _timings.HelloTimeout); connection.Abort("no HELLO in time"); },
            null,
            _timings.HelloTimeout,
            Timeout.InfiniteTimeSpan);
        run.HelloTimer = helloTimer;
        var shutdown = Task.CompletedTask;
        using var stopRegistration = ct.Register(() => shutdown = CloseForShutdownAsync(connection, connectionEnded.Token));
        try
        {
            while (true)
            {
                var payload = await connection.ReceiveAsync();
                if (payload is not { } json)
                {
                    ct.ThrowIfCancellationRequested();
                    return run.Heartbeater?.IsZombie == true
                        ? ZombieOutcome(run)
                        : ClosedByServer(connection.CloseCode, run.SessionEstablished);
                }

                if (await HandlePayloadAsync(run, json, connectionEnded.Token) is { } outcome)
                {
                    return outcome;
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException && ct.IsCancellationRequested)
        {
            // Shutdown: the socket was torn down while closing; report it as the cancellation it is.
            throw new OperationCanceledException("The gateway client was stopped.", ex, ct);
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException && !ct.IsCancellationRequested)
        {
            if (run.Heartbeater?.IsZombie == true)
            {
                return ZombieOutcome(run);
            }

            return new ConnectionOutcome(GatewayRecovery.Resume, null, run.SessionEstablished, null, connection.AbortReason ?? $"connection lost: {ex.Message}");
        }
        finally
        {
            await connectionEnded.CancelAsync();
            await run.HeartbeatTask;
            await shutdown;
        }
    }

    private async Task CloseForShutdownAsync(GatewayConnection connection, CancellationToken connectionEnded)
    {
        try
        {
            await connection.SendCloseAsync(GatewayCloseCodes.NormalClosure, _timings.CloseTimeout);
            await Task.Delay(_timings.CloseTimeout, _time, connectionEnded);
            connection.Abort("shutdown: no close answer in time");
        }
        catch (OperationCanceledException)
        {
            // The connection ended normally before the timeout.
        }
    }

    private ConnectionOutcome ZombieOutcome(ConnectionRun run)
    {
        GatewayLog.Zombie(logger);
        return new ConnectionOutcome(GatewayRecovery.Resume, null, run.SessionEstablished, null, "zombie connection");
    }

    private ConnectionOutcome ClosedByServer(int? closeCode, bool established)
    {
        if (GatewayCloseClassifier.IsOurBug(closeCode))
        {
            GatewayLog.OurBug(logger, closeCode);
        }

        return new ConnectionOutcome(GatewayCloseClassifier.Classify(closeCode), null, established, closeCode, $"closed by the gateway with {closeCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no close code"}");
    }

    private async Task<ConnectionOutcome?> HandlePayloadAsync(ConnectionRun run, ReadOnlyMemory<byte> json, CancellationToken connectionEnded)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            GatewayLog.BadPayload(logger, ex);
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("op", out var opElement)
                || !opElement.TryGetInt32(out var op))
            {
                GatewayLog.BadPayload(logger, new JsonException("The payload has no integer op."));
                return null;
            }

            root.TryGetProperty("d", out var data);
            try
            {
                return await HandleOpcodeAsync(run, op, root, data, connectionEnded);
            }
            catch (Exception ex) when (ex is InvalidOperationException or KeyNotFoundException or FormatException or JsonException)
            {
                GatewayLog.BadPayload(logger, ex);
                return null;
            }
        }
    }

    private async Task<ConnectionOutcome?> HandleOpcodeAsync(ConnectionRun run, int op, JsonElement root, JsonElement data, CancellationToken connectionEnded)
    {
        switch (op)
        {
            case GatewayOpcodes.Hello:
                await OnHelloAsync(run, data, connectionEnded);
                return null;
            case GatewayOpcodes.HeartbeatAck:
                if (run.Heartbeater is { } heartbeater)
                {
                    heartbeater.Acknowledge();
                    Interlocked.Exchange(ref _latencyTicks, heartbeater.Latency?.Ticks ?? -1);
                }

                return null;
            case GatewayOpcodes.Heartbeat:
                if (run.Heartbeater is { } beater)
                {
                    await beater.BeatAsync(connectionEnded);
                }
                else
                {
                    await run.Connection.SendAsync(JsonSerializer.SerializeToUtf8Bytes(new { op = GatewayOpcodes.Heartbeat, d = _session.Sequence }), true, connectionEnded);
                }

                return null;
            case GatewayOpcodes.Reconnect:
                await run.Connection.SendCloseAsync(GatewayCloseCodes.Reconnecting, _timings.CloseTimeout);
                return new ConnectionOutcome(GatewayRecovery.Resume, TimeSpan.Zero, run.SessionEstablished, null, "the gateway asked for a reconnect (op 7)");
            case GatewayOpcodes.InvalidSession:
                var resumable = data.ValueKind == JsonValueKind.True;
                await run.Connection.SendCloseAsync(GatewayCloseCodes.Reconnecting, _timings.CloseTimeout);
                var spread = _timings.InvalidSessionDelayMax - _timings.InvalidSessionDelayMin;
                return new ConnectionOutcome(
                    resumable ? GatewayRecovery.Resume : GatewayRecovery.Identify,
                    _timings.InvalidSessionDelayMin + (spread * _random.NextDouble()),
                    run.SessionEstablished,
                    null,
                    resumable ? "invalid session, resumable (op 9 true)" : "invalid session (op 9 false)");
            case GatewayOpcodes.Dispatch:
                OnDispatch(run, root, data);
                return null;
            default:
                GatewayLog.UnknownOpcode(logger, op);
                return null;
        }
    }

    private async Task OnHelloAsync(ConnectionRun run, JsonElement data, CancellationToken connectionEnded)
    {
        if (run.Heartbeater is not null)
        {
            return;
        }

        run.HelloTimer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        var interval = TimeSpan.FromMilliseconds(data.GetProperty("heartbeat_interval").GetDouble());
        run.Connection.Limiter.SetHeartbeatInterval(interval);
        var heartbeater = GatewayHeartbeater.For(run.Connection, interval, () => _session.Sequence, _random, _time, _timings.CloseTimeout);
        run.Heartbeater = heartbeater;
        run.HeartbeatTask = heartbeater.RunAsync(connectionEnded);
        if (run.Resuming)
        {
            State = GatewayState.Resuming;
            var resume = new { op = GatewayOpcodes.Resume, d = new { token = _options.Token, session_id = _session.SessionId, seq = _session.Sequence } };
            await run.Connection.SendAsync(JsonSerializer.SerializeToUtf8Bytes(resume), false, connectionEnded);
        }
        else
        {
            State = GatewayState.Identifying;
            IdentifyThrottle.RecordIdentify();
            var identify = new
            {
                op = GatewayOpcodes.Identify,
                d = new
                {
                    token = _options.Token,
                    intents = _options.Intents,
                    properties = new { os = OperatingSystemName, browser = "serverstatus", device = "serverstatus" },
                },
            };
            await run.Connection.SendAsync(JsonSerializer.SerializeToUtf8Bytes(identify), false, connectionEnded);
        }
    }

    private void OnDispatch(ConnectionRun run, JsonElement root, JsonElement data)
    {
        if (root.TryGetProperty("s", out var sequenceElement)
            && sequenceElement.ValueKind == JsonValueKind.Number
            && sequenceElement.TryGetInt32(out var sequence)
            && !_session.TryAdvance(sequence))
        {
            GatewayLog.DuplicateDispatch(logger, sequence);
            return;
        }

        var eventName = root.TryGetProperty("t", out var nameElement) && nameElement.ValueKind == JsonValueKind.String
            ? nameElement.GetString() ?? ""
            : "";
        try
        {
            switch (eventName)
            {
                case "READY":
                    var (ready, resumeUrl) = GatewayEventParser.ParseReady(data);
                    _session.Start(ready.SessionId, resumeUrl);
                    Volatile.Write(ref _ready, ready);
                    run.SessionEstablished = true;
                    Backoff.Reset();
                    State = GatewayState.Connected;
                    GatewayLog.SessionReady(logger, ready.SessionId, ready.UserId);
                    _events.Writer.TryWrite(ready);
                    break;
                case "RESUMED":
                    run.SessionEstablished = true;
                    Backoff.Reset();
                    State = GatewayState.Connected;
                    GatewayLog.SessionResumed(logger, _session.SessionId, _session.Sequence);
                    _events.Writer.TryWrite(new Resumed());
                    break;
                default:
                    var gatewayEvent = GatewayEventParser.Parse(eventName, data);
                    if (gatewayEvent is MessageCreated message && message.AuthorId == Volatile.Read(ref _ready)?.UserId)
                    {
                        break; // our own message: never react to ourselves (loops)
                    }

                    if (gatewayEvent is not null)
                    {
                        _events.Writer.TryWrite(gatewayEvent);
                    }

                    break;
            }
        }
        catch (Exception ex) when (ex is JsonException or FormatException or OverflowException or InvalidOperationException or KeyNotFoundException)
        {
            GatewayLog.BadDispatch(logger, eventName, ex);
        }
    }

    private static string OperatingSystemName =>
        OperatingSystem.IsLinux() ? "linux" : OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "unknown";

    /// <summary>Per-connection state, touched only by the run loop (the heartbeater keeps its own).</summary>
    private sealed class ConnectionRun(GatewayConnection connection, bool resuming)
    {
        public GatewayConnection Connection => connection;

        public bool Resuming => resuming;

        public bool SessionEstablished { get; set; }

        public GatewayHeartbeater? Heartbeater { get; set; }

        public Task HeartbeatTask { get; set; } = Task.CompletedTask;

        public ITimer? HelloTimer { get; set; }
    }
}
