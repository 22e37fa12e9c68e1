using Mediator;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Common.Results;

namespace ServerStatus.Application.Bot.GetBotUptime;

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
