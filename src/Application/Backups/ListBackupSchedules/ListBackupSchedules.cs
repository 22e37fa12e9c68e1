using Mediator;
using ServerStatus.Application.Common.Auditing;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;

namespace ServerStatus.Application.Backups.ListBackupSchedules;

/// <summary>Every backup schedule, with its next and last run.</summary>
public sealed record ListBackupSchedules : IQuery<Result<ScheduleList>>, IAdminOnly, IAuditable, IHasAuditName
{
    public string AuditCommand => "schedule list";

    public string AuditArguments => "";

    public IReadOnlyList<string> AuditServers => [];
}
