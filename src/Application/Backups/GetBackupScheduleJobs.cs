using ServerStatus.Application.Schedules;

namespace ServerStatus.Application.Backups;

/// <summary>The recurring jobs the stored schedules (backups, power actions, chains) need; start-up registers them (not a user command, so not audited).</summary>
public sealed record GetBackupScheduleJobs : IQuery<Result<IReadOnlyList<ScheduledJob>>>, IAdminOnly, INotAudited;

public sealed class GetBackupScheduleJobsHandler(IBackupScheduleRepository schedules, IPowerScheduleRepository powerSchedules)
    : IQueryHandler<GetBackupScheduleJobs, Result<IReadOnlyList<ScheduledJob>>>
{
    public async ValueTask<Result<IReadOnlyList<ScheduledJob>>> Handle(GetBackupScheduleJobs query, CancellationToken cancellationToken)
    {
        var all = await schedules.ListAsync(cancellationToken);
        var power = await powerSchedules.ListAsync(cancellationToken);
        return Result<IReadOnlyList<ScheduledJob>>.Success(
        [
            .. all.Select(s => new ScheduledJob(BackupScheduleJobs.IdFor(s.Server), s.Cron)),
            .. power.Select(s => new ScheduledJob(PowerScheduleJobs.IdFor(s.Id), s.Cron)),
        ]);
    }
}

/// <summary>A recurring job id and its cron expression (UTC).</summary>
public sealed record ScheduledJob(string JobId, string Cron);
