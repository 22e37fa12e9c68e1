using ServerStatus.Application.Schedules;

namespace ServerStatus.Application.Backups;

/// <summary>Every schedule — backups, power actions and chains — with its next and last run.</summary>
public sealed record ListBackupSchedules : IQuery<Result<ScheduleList>>, IAdminOnly, IAuditable, IHasAuditName
{
    public string AuditCommand => "schedule list";

    public string AuditArguments => "";
}

public sealed class ListBackupSchedulesHandler(IBackupScheduleRepository schedules, IPowerScheduleRepository powerSchedules, TimeProvider time)
    : IQueryHandler<ListBackupSchedules, Result<ScheduleList>>
{
    public async ValueTask<Result<ScheduleList>> Handle(ListBackupSchedules query, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var all = await schedules.ListAsync(cancellationToken);
        var power = await powerSchedules.ListAsync(cancellationToken);
        return new ScheduleList([.. all.Select(s => ScheduleView.From(s, now))], [.. power.Select(s => PowerScheduleView.From(s, now))]);
    }
}

public sealed record ScheduleList(IReadOnlyList<ScheduleView> Schedules, IReadOnlyList<PowerScheduleView> PowerSchedules);
