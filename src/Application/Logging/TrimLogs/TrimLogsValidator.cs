using FluentValidation;

namespace ServerStatus.Application.Logging.TrimLogs;

public sealed class TrimLogsValidator : AbstractValidator<TrimLogs>
{
    public TrimLogsValidator() =>
        RuleFor(x => x.BudgetKb).InclusiveBetween(1, 104_857_600).WithMessage("The log budget must be between 1 and 104857600 KB.");
}
