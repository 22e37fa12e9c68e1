using ServerStatus.Application.Servers;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Backups;

/// <summary>Stops a server's automatic backups; the backups already made are kept. Works for servers that no longer exist.</summary>
public sealed record RemoveBackupSchedule(string Server) : ICommand<Result<ScheduleView>>, IAdminOnly, INamesServer, IHasAuditName
{
    public string AuditCommand => "schedule remove";
}

public sealed class RemoveBackupScheduleValidator : AbstractValidator<RemoveBackupSchedule>
{
    public RemoveBackupScheduleValidator() => RuleFor(x => x.Server).ServerName();
}

/// <summary>
/// Finds the schedule among the stored ones (not among the engine's containers, so a schedule of a deleted
/// server can still be removed), removes its job, then the row.
/// </summary>
public sealed class RemoveBackupScheduleHandler(IBackupScheduleRepository schedules, IJobScheduler scheduler, TimeProvider time)
    : ICommandHandler<RemoveBackupSchedule, Result<ScheduleView>>
{
    public async ValueTask<Result<ScheduleView>> Handle(RemoveBackupSchedule command, CancellationToken cancellationToken)
    {
        var typed = ServerName.Parse(command.Server);
        var matches = (await schedules.ListAsync(cancellationToken)).Where(s => typed.Matches(s.Server)).ToList();
        if (matches.Count == 0)
        {
            return Error.NotFound($"`{command.Server}` has no backup schedule (`schedule list` shows them).", command.Server);
        }

        if (matches.Count > 1)
        {
            return Error.Invalid($"`{typed.Name}` has schedules on several engines: write {string.Join(" or ", matches.Select(s => $"`{s.Server}`"))}.", command.Server);
        }

        var schedule = await schedules.FindAsync(matches[0].Server, cancellationToken);
        if (schedule is null)
        {
            return Error.NotFound($"`{command.Server}` has no backup schedule any more.", command.Server);
        }

        var view = ScheduleView.From(schedule, time.GetUtcNow());
        scheduler.RemoveRecurring(BackupScheduleJobs.IdFor(schedule.Server));
        await schedules.RemoveAsync(schedule, cancellationToken);
        return view;
    }
}
