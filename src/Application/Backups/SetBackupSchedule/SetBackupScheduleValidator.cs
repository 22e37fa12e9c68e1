using FluentValidation;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Backups.Common;
using ServerStatus.Application.Servers;
using ServerStatus.Domain.Backups;

namespace ServerStatus.Application.Backups.SetBackupSchedule;

public sealed class SetBackupScheduleValidator : AbstractValidator<SetBackupSchedule>
{
    public SetBackupScheduleValidator(IOptions<BackupOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        RuleFor(x => x.Server).ServerName();
        RuleFor(x => x.Cron).Cron(TimeSpan.FromMinutes(options.Value.MinScheduleIntervalMinutes));
        RuleFor(x => x.Keep).InclusiveBetween(1, BackupSchedule.MaxKeep)
            .WithMessage($"`keep` must be a number from 1 to {BackupSchedule.MaxKeep}.")
            .When(x => x.Keep is not null);
    }
}
