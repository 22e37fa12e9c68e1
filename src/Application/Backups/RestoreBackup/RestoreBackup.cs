using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Backups.RestoreBackup;

/// <summary>Replaces a server's mount contents with a backup, behind a pre-restore safety backup.</summary>
public sealed record RestoreBackup(string Server, string Name) : ICommand<Result<RestoreReport>>, IServerScoped, INamesBackup, IHasAuditName
{
    public string AuditCommand => "restore";

    public Permission Required => Permission.Restore;
}

public sealed class RestoreBackupValidator : BackupValidator<RestoreBackup>;

/// <summary>A finished restore: the backup restored, the safety backup taken before, and whether the server was started again.</summary>
public sealed record RestoreReport(string Server, string Name, string SafetyBackup, bool Restarted);
