using Mediator;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers.Common;

namespace ServerStatus.Application.Servers.StartServers;

public sealed class StartServersHandler(PowerActionRunner runner, IContainerEngine engine)
    : ICommandHandler<StartServers, Result<PowerReport>>
{
    public async ValueTask<Result<PowerReport>> Handle(StartServers command, CancellationToken cancellationToken)
    {
        var action = new PowerAction("start", command.Required, (server, ct) => engine.StartAsync(server.Id, ct), "started", "was already running");
        return await runner.RunAsync(command.Names, action, cancellationToken);
    }
}
