using Mediator;
using ServerStatus.Application.Backups.Common;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Common.Results;

namespace ServerStatus.Application.Backups.ListBackupSchedules;

public sealed class ListBackupSchedulesHandler(IBackupScheduleRepository schedules, TimeProvider time)
    : IQueryHandler<ListBackupSchedules, Result<ScheduleList>>
{
    public async ValueTask<Result<ScheduleList>> Handle(ListBackupSchedules query, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var all = await schedules.ListAsync(cancellationToken);
        return new ScheduleList([.. all.Select(s => ScheduleView.From(s, now))]);
    }
}
