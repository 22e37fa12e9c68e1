// TEMPORARY stand-in until the application step (branch app) lands RunPowerAction; replaced at merge.
using FluentValidation;
using Mediator;
using ServerStatus.Application.Common.Auditing;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Servers.Common;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Servers.Power;

public enum PowerAction
{
    Start,
    Stop,
    Restart,
    Kill,
}

public sealed record RunPowerAction(PowerAction Action, IReadOnlyList<string> Names) : ICommand<Result<PowerReport>>, IServerScoped, INamesServers, IHasAuditName
{
    public Permission Required => Action switch
    {
        PowerAction.Start => Permission.Start,
        PowerAction.Stop => Permission.Stop,
        PowerAction.Restart => Permission.Restart,
        _ => Permission.Kill,
    };

    public string AuditCommand => Action.ToString().ToLowerInvariant();
}

public sealed class RunPowerActionValidator : AbstractValidator<RunPowerAction>
{
    public RunPowerActionValidator() => RuleFor(x => x.Names).ServerNames(required: true);
}

public sealed class RunPowerActionHandler(PowerActionRunner runner, IContainerEngine engine) : ICommandHandler<RunPowerAction, Result<PowerReport>>
{
    public async ValueTask<Result<PowerReport>> Handle(RunPowerAction command, CancellationToken cancellationToken)
    {
        var step = command.Action switch
        {
            PowerAction.Start => new Common.PowerAction("start", command.Required, (server, ct) => engine.StartAsync(server.Id, ct), "started", "was already running"),
            PowerAction.Stop => new Common.PowerAction("stop", command.Required, (server, ct) => engine.StopAsync(server.Id, server.StopTimeout, ct), "stopped", "was not running"),
            PowerAction.Restart => new Common.PowerAction("restart", command.Required, (server, ct) => engine.RestartAsync(server.Id, server.StopTimeout, ct), "restarted", "restarted"),
            _ => new Common.PowerAction("kill", command.Required, (server, ct) => engine.KillAsync(server.Id, ct), "killed", "was not running"),
        };
        return await runner.RunAsync(command.Names, step, cancellationToken);
    }
}
