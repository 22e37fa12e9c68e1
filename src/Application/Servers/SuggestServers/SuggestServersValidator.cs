using FluentValidation;

namespace ServerStatus.Application.Servers.SuggestServers;

public sealed class SuggestServersValidator : AbstractValidator<SuggestServers>
{
    public SuggestServersValidator() => RuleFor(x => x.Prefix).NotNull().MaximumLength(200);
}
