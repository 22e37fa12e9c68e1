using Mediator;
using ServerStatus.Application.Common.Auditing;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Backups.ListBackups;

/// <summary>A server's backups, newest first.</summary>
public sealed record ListBackups(string Server) : IQuery<Result<BackupList>>, IServerScoped, IAuditable, IHasAuditName
{
    public string AuditCommand => "backups";

    public string AuditArguments => Server;

    public IReadOnlyList<string> AuditServers => [Server];

    public Permission Required => Permission.Backup;
}
