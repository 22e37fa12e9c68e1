using FluentValidation;

namespace ServerStatus.Application.Audit.PruneAudit;

public sealed class PruneAuditValidator : AbstractValidator<PruneAudit>
{
    public PruneAuditValidator() =>
        RuleFor(x => x.OlderThanDays).InclusiveBetween(1, 36500).WithMessage("Keep audit rows for 1 to 36500 days.");
}
