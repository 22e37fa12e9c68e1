using FluentValidation;
using ServerStatus.Application.Backups.Common;
using ServerStatus.Application.Servers;

namespace ServerStatus.Application.Backups.RestoreBackup;

public sealed class RestoreBackupValidator : AbstractValidator<RestoreBackup>
{
    public RestoreBackupValidator()
    {
        RuleFor(x => x.Server).ServerName();
        RuleFor(x => x.Name).BackupName();
    }
}
