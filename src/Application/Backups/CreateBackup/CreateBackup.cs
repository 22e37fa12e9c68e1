using Mediator;
using ServerStatus.Application.Backups.Common;
using ServerStatus.Application.Common.Auditing;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Backups.CreateBackup;

/// <summary>Backs up a server's mounts now; <paramref name="Name"/> defaults to the UTC time.</summary>
public sealed record CreateBackup(string Server, string? Name = null) : ICommand<Result<BackupView>>, IServerScoped, IAuditable, IHasAuditName
{
    public string AuditCommand => "backup";

    public string AuditArguments => Name is null ? Server : $"{Server} {Name}";

    public IReadOnlyList<string> AuditServers => [Server];

    public Permission Required => Permission.Backup;
}
