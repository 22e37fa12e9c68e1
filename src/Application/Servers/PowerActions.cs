using ServerStatus.Application.Backups;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Servers;

/// <summary>What a power command does to a server.</summary>
public enum PowerAction
{
    Start,
    Stop,
    Restart,
    Kill,
}

/// <summary>
/// start, stop, restart or kill servers: each named server the actor may use with the action's permission.
/// Audited under the command users typed (<c>restart</c>), which the report repeats.
/// </summary>
public sealed record RunPowerAction(PowerAction Action, IReadOnlyList<string> Names)
    : ICommand<Result<PowerReport>>, IServerScoped, INamesServers, IHasAuditName
{
    public Permission Required => Action switch
    {
        PowerAction.Start => Permission.Start,
        PowerAction.Stop => Permission.Stop,
        PowerAction.Restart => Permission.Restart,
        PowerAction.Kill => Permission.Kill,
        _ => throw new InvalidOperationException($"{Action} is not a power action."),
    };

    public string AuditCommand => Action switch
    {
        PowerAction.Start => "start",
        PowerAction.Stop => "stop",
        PowerAction.Restart => "restart",
        PowerAction.Kill => "kill",
        _ => throw new InvalidOperationException($"{Action} is not a power action."),
    };
}

public sealed class RunPowerActionValidator : AbstractValidator<RunPowerAction>
{
    public RunPowerActionValidator()
    {
        RuleFor(x => x.Action).IsInEnum().WithMessage("Say start, stop, restart or kill.");
        RuleFor(x => x.Names).ServerNames(required: true);
    }
}

/// <summary>
/// One inventory call, resolve every name within what the actor may see, act on the servers concurrently, and
/// report per server in the order asked. A server being restored from a backup is left alone, and so is one that
/// another power action is still acting on; one in maintenance is left to admins (and the system actor).
/// </summary>
public sealed class RunPowerActionHandler(
    ServerPower power,
    IContainerEngine engine,
    ServerResolver resolver,
    ServerJobLocks locks,
    PowerActionLocks powerLocks,
    MaintenanceLookup maintenance,
    ICurrentActor actor) : ICommandHandler<RunPowerAction, Result<PowerReport>>
{
    public async ValueTask<Result<PowerReport>> Handle(RunPowerAction command, CancellationToken cancellationToken)
    {
        var inventory = await engine.ListServersAsync(cancellationToken);
        var windows = actor.Rights.IsAdmin ? ActiveMaintenance.None : await maintenance.LoadAsync(cancellationToken);
        var distinct = command.Names.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var outcomes = await Task.WhenAll(distinct.Select(name => RunOneAsync(inventory, windows, name, command, cancellationToken)));
        return new PowerReport(command.AuditCommand, outcomes);
    }

    private async Task<ServerOutcome> RunOneAsync(ServerInventory inventory, ActiveMaintenance windows, string name, RunPowerAction command, CancellationToken ct)
    {
        var resolved = resolver.Resolve(inventory, name, command.Required);
        if (!resolved.IsSuccess)
        {
            return ServerOutcome.From(name, resolved.Errors[0]);
        }

        var server = resolved.Value;
        if (windows.For(server.Id) is { } window)
        {
            return new ServerOutcome(server.Id.Name, Outcome.Conflict, $"is {windows.Describe(window)}. Ask an admin.");
        }
        if (locks.Current(server.Id) == ServerJob.Restore)
        {
            return new ServerOutcome(server.Id.Name, Outcome.Conflict, "is being restored from a backup: power actions are refused until the restore ends.");
        }

        var power = powerLocks.TryAcquire(server.Id, command.Action);
        if (!power.IsSuccess)
        {
            return ServerOutcome.From(server.Id.Name, power.Errors[0]);
        }

        using var held = power.Value;
        var change = await ActAsync(command.Action, server, ct);
        return change.IsSuccess
            ? new ServerOutcome(server.Id.Name, Outcome.Ok, Describe(command.Action, change.Value, server.StopTimeout))
            : ServerOutcome.From(server.Id.Name, change.Errors[0]);
    }

    private Task<Result<PowerChange>> ActAsync(PowerAction action, ServerSummary server, CancellationToken ct) => action switch
    {
        PowerAction.Start => power.StartAsync(server.Id, ct),
        PowerAction.Stop => power.StopAsync(server.Id, server.StopTimeout, ct),
        PowerAction.Restart => power.RestartAsync(server.Id, server.StopTimeout, ct),
        PowerAction.Kill => power.KillAsync(server.Id, ct),
        _ => throw new InvalidOperationException($"{action} is not a power action."),
    };

    private static string Describe(PowerAction action, PowerChange change, TimeSpan stopTimeout) => (action, change) switch
    {
        (PowerAction.Start, PowerChange.Done) => "started",
        (PowerAction.Start, _) => "was already running",
        (PowerAction.Stop, PowerChange.Done) => "stopped",
        (PowerAction.Stop, PowerChange.Forced) => $"did not stop within {Seconds(stopTimeout)} of SIGTERM and was killed (SIGKILL)",
        (PowerAction.Restart, PowerChange.Forced) => $"restarted (it did not stop within {Seconds(stopTimeout)} of SIGTERM and was killed first)",
        (PowerAction.Restart, _) => "restarted",
        (PowerAction.Kill, PowerChange.Done) => "killed",
        (PowerAction.Stop or PowerAction.Kill, _) => "was not running",
        _ => throw new InvalidOperationException($"{action} is not a power action."),
    };

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture) + " s";
}

/// <summary>The result of a power action, one line per requested server, in the order asked.</summary>
public sealed record PowerReport(string Action, IReadOnlyList<ServerOutcome> Servers) : IPartialOutcomes
{
    public IEnumerable<PartOutcome> PartOutcomes => Servers.Select(s => new PartOutcome(s.Server, s.Outcome));

    /// <summary><see cref="Outcome.Ok"/> when every server succeeded, else the first failure's outcome.</summary>
    public Outcome Overall => Servers.FirstOrDefault(s => s.Outcome != Outcome.Ok)?.Outcome ?? Outcome.Ok;
}

/// <summary>What a power action did to a server that exists.</summary>
public enum PowerChange
{
    /// <summary>The action took effect.</summary>
    Done,

    /// <summary>The server already was in the wanted state (start a running one, stop a stopped one).</summary>
    AlreadyInState,

    /// <summary>The server did not stop within its stop timeout after SIGTERM and was killed (stop, restart).</summary>
    Forced,
}
