using Mediator;
using ServerStatus.Application.Backups.Common;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Common.Results;

namespace ServerStatus.Application.Backups.GetBackupScheduleJobs;

public sealed class GetBackupScheduleJobsHandler(IBackupScheduleRepository schedules)
    : IQueryHandler<GetBackupScheduleJobs, Result<IReadOnlyList<ScheduledJob>>>
{
    public async ValueTask<Result<IReadOnlyList<ScheduledJob>>> Handle(GetBackupScheduleJobs query, CancellationToken cancellationToken)
    {
        var all = await schedules.ListAsync(cancellationToken);
        return Result<IReadOnlyList<ScheduledJob>>.Success([.. all.Select(s => new ScheduledJob(BackupScheduleJobs.IdFor(s.Server), s.Cron))]);
    }
}
