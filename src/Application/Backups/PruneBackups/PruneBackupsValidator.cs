using FluentValidation;

namespace ServerStatus.Application.Backups.PruneBackups;

public sealed class PruneBackupsValidator : AbstractValidator<PruneBackups>
{
    public PruneBackupsValidator() => RuleFor(x => x.PreRestoreOlderThanDays).InclusiveBetween(1, 3650);
}
