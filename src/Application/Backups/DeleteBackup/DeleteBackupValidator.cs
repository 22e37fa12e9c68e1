using FluentValidation;
using ServerStatus.Application.Backups.Common;
using ServerStatus.Application.Servers;

namespace ServerStatus.Application.Backups.DeleteBackup;

public sealed class DeleteBackupValidator : AbstractValidator<DeleteBackup>
{
    public DeleteBackupValidator()
    {
        RuleFor(x => x.Server).ServerName();
        RuleFor(x => x.Name).BackupName();
    }
}
