namespace ServerStatus.Application.Schedules;

/// <summary>
/// At start-up (sent with the system actor, once the recurring jobs are registered): every power schedule or chain
/// whose run journal is still open was interrupted by a stop or crash of the bot, and its job is run now, which
/// continues that run with the interrupted step (ADR-013). The number of runs resumed.
/// </summary>
public sealed record ResumeScheduledRuns : ICommand<Result<int>>, IAdminOnly, IAuditable, IAuditedOnlyWhenRefused
{
    public string AuditCommand => "scheduled power action";

    public string AuditArguments => "resume";
}

public sealed class ResumeScheduledRunsHandler(IPowerScheduleRepository schedules, IJobScheduler scheduler)
    : ICommandHandler<ResumeScheduledRuns, Result<int>>
{
    public async ValueTask<Result<int>> Handle(ResumeScheduledRuns command, CancellationToken cancellationToken)
    {
        var open = (await schedules.ListAsync(cancellationToken)).Where(s => s.HasOpenRun).ToList();
        foreach (var schedule in open)
        {
            scheduler.TriggerNow(PowerScheduleJobs.IdFor(schedule.Id));
        }

        return open.Count;
    }
}
