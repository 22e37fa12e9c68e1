using Mediator;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers.Common;

namespace ServerStatus.Application.Servers.KillServers;

public sealed class KillServersHandler(PowerActionRunner runner, IContainerEngine engine)
    : ICommandHandler<KillServers, Result<PowerReport>>
{
    public async ValueTask<Result<PowerReport>> Handle(KillServers command, CancellationToken cancellationToken)
    {
        var action = new PowerAction("kill", command.Required, (server, ct) => engine.KillAsync(server.Id, ct), "killed", "was not running");
        return await runner.RunAsync(command.Names, action, cancellationToken);
    }
}
