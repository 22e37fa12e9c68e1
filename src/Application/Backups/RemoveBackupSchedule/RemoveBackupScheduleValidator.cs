using FluentValidation;
using ServerStatus.Application.Servers;

namespace ServerStatus.Application.Backups.RemoveBackupSchedule;

public sealed class RemoveBackupScheduleValidator : AbstractValidator<RemoveBackupSchedule>
{
    public RemoveBackupScheduleValidator() => RuleFor(x => x.Server).ServerName();
}
