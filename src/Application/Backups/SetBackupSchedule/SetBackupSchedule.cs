using System.Globalization;
using Mediator;
using ServerStatus.Application.Common.Auditing;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;

namespace ServerStatus.Application.Backups.SetBackupSchedule;

/// <summary>Backs a server up on a cron schedule (UTC), keeping its newest <paramref name="Keep"/> scheduled backups; replaces its schedule if it has one.</summary>
public sealed record SetBackupSchedule(string Server, string Cron, int? Keep = null)
    : ICommand<Result<ScheduleChange>>, IAdminOnly, IAuditable, IHasAuditName
{
    public string AuditCommand => "schedule";

    public string AuditArguments => Keep is { } keep ? string.Create(CultureInfo.InvariantCulture, $"{Server} {Cron} keep {keep}") : $"{Server} {Cron}";

    public IReadOnlyList<string> AuditServers => [Server];
}
