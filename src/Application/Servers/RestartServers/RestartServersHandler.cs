using Mediator;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers.Common;

namespace ServerStatus.Application.Servers.RestartServers;

public sealed class RestartServersHandler(PowerActionRunner runner, IContainerEngine engine)
    : ICommandHandler<RestartServers, Result<PowerReport>>
{
    public async ValueTask<Result<PowerReport>> Handle(RestartServers command, CancellationToken cancellationToken)
    {
        var action = new PowerAction("restart", command.Required, (server, ct) => engine.RestartAsync(server.Id, server.StopTimeout, ct), "restarted", "restarted");
        return await runner.RunAsync(command.Names, action, cancellationToken);
    }
}
