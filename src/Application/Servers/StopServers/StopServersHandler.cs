using Mediator;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers.Common;

namespace ServerStatus.Application.Servers.StopServers;

public sealed class StopServersHandler(PowerActionRunner runner, IContainerEngine engine)
    : ICommandHandler<StopServers, Result<PowerReport>>
{
    public async ValueTask<Result<PowerReport>> Handle(StopServers command, CancellationToken cancellationToken)
    {
        var action = new PowerAction("stop", command.Required, (server, ct) => engine.StopAsync(server.Id, server.StopTimeout, ct), "stopped", "was not running");
        return await runner.RunAsync(command.Names, action, cancellationToken);
    }
}
