using FluentValidation;
using ServerStatus.Application.Servers;

namespace ServerStatus.Application.Backups.RunScheduledBackup;

public sealed class RunScheduledBackupValidator : AbstractValidator<RunScheduledBackup>
{
    public RunScheduledBackupValidator() => RuleFor(x => x.Server).ServerName();
}
