using FluentValidation;
using ServerStatus.Application.Servers.Common;

namespace ServerStatus.Application.Backups.RunScheduledBackup;

public sealed class RunScheduledBackupValidator : AbstractValidator<RunScheduledBackup>
{
    public RunScheduledBackupValidator() => RuleFor(x => x.Server).ServerName();
}
