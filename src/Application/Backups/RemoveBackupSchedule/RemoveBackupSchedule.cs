using Mediator;
using ServerStatus.Application.Backups.Common;
using ServerStatus.Application.Common.Auditing;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;

namespace ServerStatus.Application.Backups.RemoveBackupSchedule;

/// <summary>Stops a server's automatic backups; the backups already made are kept. Works for servers that no longer exist.</summary>
public sealed record RemoveBackupSchedule(string Server) : ICommand<Result<ScheduleView>>, IAdminOnly, IAuditable, IHasAuditName
{
    public string AuditCommand => "schedule remove";

    public string AuditArguments => Server;

    public IReadOnlyList<string> AuditServers => [Server];
}
