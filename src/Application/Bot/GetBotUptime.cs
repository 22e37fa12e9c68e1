using ServerStatus.Application.Servers;

namespace ServerStatus.Application.Bot;

/// <summary>Bot uptime, version, Docker engine versions and gateway latency. Needs no permission.</summary>
public sealed record GetBotUptime : IQuery<Result<BotUptimeView>>;

public sealed class GetBotUptimeHandler(IBotRuntime runtime, IContainerEngine engine, TimeProvider time)
    : IQueryHandler<GetBotUptime, Result<BotUptimeView>>
{
    public async ValueTask<Result<BotUptimeView>> Handle(GetBotUptime query, CancellationToken cancellationToken)
    {
        var engines = await engine.GetVersionsAsync(cancellationToken);
        var uptime = time.GetUtcNow() - runtime.StartedAt;
        return new BotUptimeView(runtime.StartedAt, uptime, runtime.Version, engines, runtime.GatewayLatency);
    }
}

public sealed record BotUptimeView(
    DateTimeOffset StartedAt,
    TimeSpan Uptime,
    string Version,
    IReadOnlyList<EngineVersion> Engines,
    TimeSpan? GatewayLatency);
