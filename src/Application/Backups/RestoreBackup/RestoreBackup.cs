using FluentValidation;
using Mediator;
using ServerStatus.Application.Common.Auditing;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Servers;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Backups.RestoreBackup;

/// <summary>Replaces a server's mount contents with a backup, behind a pre-restore safety backup.</summary>
public sealed record RestoreBackup(string Server, string Name) : ICommand<Result<RestoreReport>>, IServerScoped, IAuditable, IHasAuditName
{
    public string AuditCommand => "restore";

    public string AuditArguments => $"{Server} {Name}";

    public IReadOnlyList<string> AuditServers => [Server];

    public Permission Required => Permission.Restore;
}

public sealed class RestoreBackupValidator : AbstractValidator<RestoreBackup>
{
    public RestoreBackupValidator()
    {
        RuleFor(x => x.Server).ServerName();
        RuleFor(x => x.Name).BackupName();
    }
}

/// <summary>A finished restore: the backup restored, the safety backup taken before, and whether the server was started again.</summary>
public sealed record RestoreReport(string Server, string Name, string SafetyBackup, bool Restarted);
