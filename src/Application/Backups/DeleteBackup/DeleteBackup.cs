using Mediator;
using ServerStatus.Application.Common.Auditing;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Backups.DeleteBackup;

/// <summary>Deletes one backup: its file and its record.</summary>
public sealed record DeleteBackup(string Server, string Name) : ICommand<Result<string>>, IServerScoped, IAuditable, IHasAuditName
{
    public string AuditCommand => "backup delete";

    public string AuditArguments => $"{Server} {Name}";

    public IReadOnlyList<string> AuditServers => [Server];

    public Permission Required => Permission.Backup;
}
