using FluentValidation;
using ServerStatus.Application.Backups.Common;
using ServerStatus.Application.Servers;

namespace ServerStatus.Application.Backups.CreateBackup;

public sealed class CreateBackupValidator : AbstractValidator<CreateBackup>
{
    public CreateBackupValidator()
    {
        RuleFor(x => x.Server).ServerName();
        RuleFor(x => x.Name).BackupName().When(x => x.Name is not null);
    }
}
