using Mediator;
using ServerStatus.Application.Common.Auditing;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;

namespace ServerStatus.Application.Backups.RunScheduledBackup;

/// <summary>
/// What the recurring job <c>backup:&lt;server&gt;</c> sends (with the system actor): one scheduled backup of the
/// server, then pruning to the schedule's keep count; the result goes to the notification channel.
/// </summary>
public sealed record RunScheduledBackup(string Server) : ICommand<Result<ScheduledBackupReport>>, IAdminOnly, IAuditable, IHasAuditName
{
    public string AuditCommand => "scheduled backup";

    public string AuditArguments => Server;

    public IReadOnlyList<string> AuditServers => [Server];
}
