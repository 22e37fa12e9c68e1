using System.Net;
using Docker.DotNet.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Games;
using ServerStatus.Domain.Servers;
using ServerStatus.Infrastructure.Docker;

namespace ServerStatus.Infrastructure.Games;

/// <summary>
/// Player counts from the source each server's labels name (Minecraft Server List Ping, Steam A2S, or a console command),
/// one inspect and one query per server at most every <see cref="GamesOptions.QueryCacheSeconds"/>: callers within that
/// time get the cached reading, callers during a query share it. Everything that can go wrong (engine, network, timeout,
/// a malformed answer) reads as unknown and is logged at most once per server per hour.
/// </summary>
public sealed partial class GamePlayerCounts(DockerEngines engines, IOptions<GamesOptions> options, TimeProvider time, ILogger<GamePlayerCounts> logger)
    : IPlayerCounts, IRecentPlayerCounts
{
    private static readonly TimeSpan LogEvery = TimeSpan.FromHours(1);

    // Readings of servers nobody asked about for this long (removed or recreated containers) are dropped.
    private static readonly TimeSpan ForgetAfter = TimeSpan.FromDays(1);

    private readonly Lock _gate = new();
    private readonly Dictionary<ServerId, Slot> _slots = [];
    private readonly Dictionary<ServerId, DateTimeOffset> _logged = [];

    public async ValueTask<PlayerReading> ReadAsync(ServerId server, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(server);
        Task<PlayerReading> reading;
        lock (_gate)
        {
            if (!_slots.TryGetValue(server, out var slot) || !slot.IsFreshOrRunning(time.GetUtcNow(), options.Value.QueryCache))
            {
                // Not the caller's token: others may wait for the same query, which the timeout bounds anyway.
                Forget(time.GetUtcNow() - ForgetAfter);
                slot = new Slot(slot?.LastKnown);
                slot.Reading = QueryAsync(server, slot);
                _slots[server] = slot;
            }

            reading = slot.Reading;
        }

        return await reading.WaitAsync(ct);
    }

    public RecentPlayerCount? Last(ServerId server)
    {
        lock (_gate)
        {
            return _slots.TryGetValue(server, out var slot) ? slot.LastKnown : null;
        }
    }

    private async Task<PlayerReading> QueryAsync(ServerId server, Slot slot)
    {
        await Task.Yield();
        PlayerReading reading;
        using (var deadline = new CancellationTokenSource(options.Value.QueryTimeout, time))
        {
            try
            {
                reading = await AskAsync(server, deadline.Token);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                var problem = deadline.IsCancellationRequested ? $"no answer within {options.Value.QueryTimeoutMilliseconds} ms" : ex.Message;
                Report(server, problem);
                reading = PlayerReading.Unknown;
            }
        }

        var now = time.GetUtcNow();
        lock (_gate)
        {
            slot.CompletedAt = now;
            if (reading.Count is { } count)
            {
                slot.LastKnown = new RecentPlayerCount(count, now);
            }
        }

        return reading;
    }

    private async Task<PlayerReading> AskAsync(ServerId server, CancellationToken ct)
    {
        var engine = engines.Find(server.Engine) ?? throw new GameQueryException($"the engine `{server.Engine}` is not configured");
        var inspected = await engine.Client.Containers.InspectContainerAsync(server.ContainerId, ct);
        var (source, problem) = GameLabels.Source(inspected.Config?.Labels);
        if (problem is not null)
        {
            throw new GameQueryException(problem);
        }

        if (source is null)
        {
            return PlayerReading.NoSource;
        }

        if (inspected.State?.Running != true)
        {
            throw new GameQueryException("the server is not running");
        }

        var count = source switch
        {
            QuerySource query => await QueryAsync(query, engine, inspected, ct),
            ConsoleSource console => await ConsolePlayerQuery.QueryAsync(engine.Client, server.ContainerId, inspected, console, ct),
            _ => throw new GameQueryException("unknown player source"),
        };
        return PlayerReading.Known(count);
    }

    private static Task<PlayerCount> QueryAsync(QuerySource query, EngineConnection engine, ContainerInspectResponse inspected, CancellationToken ct)
    {
        var (host, port) = Endpoint(query, engine.Options.Endpoint, inspected);
        return query.Protocol == GameProtocol.Minecraft
            ? MinecraftStatusQuery.QueryAsync(host, port, ct)
            : A2sQuery.QueryAsync(host, port, ct);
    }

    /// <summary>
    /// Where to send the query: the labelled host and port as they are; else the container's port as published on a remote
    /// engine's host, or on the container's own address for the local engine.
    /// </summary>
    public static (string Host, int Port) Endpoint(QuerySource query, Uri engineEndpoint, ContainerInspectResponse inspected)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(engineEndpoint);
        ArgumentNullException.ThrowIfNull(inspected);
        var port = query.Port ?? query.DefaultPort;
        if (query.Host is { } host)
        {
            return (host, port);
        }

        if (engineEndpoint.Scheme is "tcp" or "http" or "https")
        {
            var published = inspected.NetworkSettings?.Ports is { } ports && ports.TryGetValue(query.PortKey(port), out var bindings)
                ? bindings?.Select(b => b.HostPort).FirstOrDefault(p => !string.IsNullOrEmpty(p))
                : null;
            return published is not null && int.TryParse(published, out var hostPort)
                ? (engineEndpoint.Host, hostPort)
                : throw new GameQueryException($"the port {query.PortKey(port)} is not published on the engine's host: publish it, or set {GameLabels.QueryHost}");
        }

        var address = (inspected.NetworkSettings?.Networks?.Values.Select(n => n.IPAddress) ?? [])
            .FirstOrDefault(a => !string.IsNullOrEmpty(a) && IPAddress.TryParse(a, out _));
        return address is not null
            ? (address, port)
            : throw new GameQueryException($"the container has no IP address (network mode none or host?): set {GameLabels.QueryHost}");
    }

    // Called under the gate.
    private void Forget(DateTimeOffset before)
    {
        foreach (var (server, _) in _slots.Where(s => s.Value.CompletedAt < before).ToList())
        {
            _slots.Remove(server);
            _logged.Remove(server);
        }
    }

    private void Report(ServerId server, string problem)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_logged.TryGetValue(server, out var last) && now - last < LogEvery)
            {
                return;
            }

            _logged[server] = now;
        }

        LogQueryFailed(server.QualifiedName, problem);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Players of {Server} are unknown: {Problem} (logged at most once an hour per server)")]
    private partial void LogQueryFailed(string server, string problem);

    private sealed class Slot(RecentPlayerCount? lastKnown)
    {
        public Task<PlayerReading> Reading { get; set; } = Task.FromResult(PlayerReading.Unknown);

        public DateTimeOffset? CompletedAt { get; set; }

        public RecentPlayerCount? LastKnown { get; set; } = lastKnown;

        public bool IsFreshOrRunning(DateTimeOffset now, TimeSpan cache) => CompletedAt is not { } at || now - at < cache;
    }
}
