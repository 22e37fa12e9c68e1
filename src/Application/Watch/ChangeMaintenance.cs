using ServerStatus.Application.Servers;
using ServerStatus.Domain.Permissions;
using ServerStatus.Domain.Watch;

namespace ServerStatus.Application.Watch;

/// <summary>Whether <c>maintenance on</c> or <c>maintenance off</c>.</summary>
public enum MaintenanceChange
{
    On,
    Off,
}

/// <summary>
/// <c>maintenance on &lt;servers...|*&gt; [for 2h] [reason...]</c> and <c>maintenance off &lt;servers...|*&gt;</c>: admin
/// only. During maintenance no alerts are posted for the servers and only admins may start, stop, restart or kill them.
/// </summary>
public sealed record ChangeMaintenance(MaintenanceChange Change, IReadOnlyList<string> Names, TimeSpan? For = null, string Reason = "")
    : ICommand<Result<WatchChange>>, IAdminOnly, IAuditable, IHasAuditName
{
    public string AuditCommand => Change == MaintenanceChange.On ? "maintenance on" : "maintenance off";

    public string AuditArguments =>
        string.Join(' ', Names) + (For is { } span ? $" for {WatchTime.Duration(span)}" : "") + (Reason.Length > 0 ? $": {Reason}" : "");

    public IReadOnlyList<string> AuditServers => [.. Names.Where(n => n != WatchTargets.AllServers)];
}

public sealed class ChangeMaintenanceValidator : AbstractValidator<ChangeMaintenance>
{
    public ChangeMaintenanceValidator()
    {
        RuleFor(x => x.Change).IsInEnum().WithMessage("Say on or off.");
        RuleFor(x => x.Names).WatchNames(allowAll: true);
        RuleFor(x => x.For).Must(f => f is not { } span || (span >= TimeSpan.FromMinutes(1) && span <= MaintenanceWindow.MaxDuration))
            .WithMessage("A maintenance window lasts from 1 minute to 30 days, e.g. `for 90m`, `for 2h`, `for 3d` (leave it out for no end).");
        RuleFor(x => x.Reason).NotNull().MaximumLength(MaintenanceWindow.ReasonMaxLength)
            .WithMessage($"Keep the reason to {MaintenanceWindow.ReasonMaxLength} characters.");
        RuleFor(x => x).Must(x => x.For is null && x.Reason.Length == 0).When(x => x.Change == MaintenanceChange.Off)
            .WithMessage("`maintenance off` takes only servers.");
    }
}

public sealed class ChangeMaintenanceHandler(WatchTargets targets, IMaintenanceRepository windows, ICurrentActor actor, TimeProvider time)
    : ICommandHandler<ChangeMaintenance, Result<WatchChange>>
{
    public async ValueTask<Result<WatchChange>> Handle(ChangeMaintenance command, CancellationToken cancellationToken)
    {
        var named = await targets.ResolveAsync(command.Names, Permission.Status, cancellationToken);
        var now = time.GetUtcNow();
        var outcomes = await WatchChange.ForEachAsync(named, async (target, scope) =>
        {
            if (command.Change == MaintenanceChange.On)
            {
                var window = await windows.StartAsync(scope, command.Reason.Trim(), command.For, actor.Actor.UserId, now, cancellationToken);
                var until = window.Until is { } end ? $"until {WatchTime.At(end, now)}" : "until `maintenance off`";
                return new ServerOutcome(target.Name, Outcome.Ok, $"in maintenance {until}");
            }

            return await windows.RemoveAsync(scope, cancellationToken) is { } removed
                ? new ServerOutcome(target.Name, Outcome.Ok, removed.Reason.Length > 0 ? $"maintenance ended (was: {removed.Reason})" : "maintenance ended")
                : new ServerOutcome(target.Name, Outcome.NotFound, "was not in maintenance");
        });
        return new WatchChange(command.AuditCommand, outcomes) { Until = command.Change == MaintenanceChange.On ? now + command.For : null };
    }
}
