using FluentValidation;
using ServerStatus.Application.Servers;

namespace ServerStatus.Application.Audit.ListAudit;

public sealed class ListAuditValidator : AbstractValidator<ListAudit>
{
    public ListAuditValidator()
    {
        RuleFor(x => x.Count).InclusiveBetween(1, ListAudit.MaxCount)
            .WithMessage($"Ask for 1 to {ListAudit.MaxCount} entries.");

        // Only checked when given (the When clause), so the null-forgiving operator is safe.
        RuleFor(x => x.Server!).ServerName().When(x => x.Server is not null);
    }
}
