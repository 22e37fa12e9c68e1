using FluentValidation;
using ServerStatus.Application.Servers.Common;

namespace ServerStatus.Application.Servers.StartServers;

public sealed class StartServersValidator : AbstractValidator<StartServers>
{
    public StartServersValidator() => RuleFor(x => x.Names).ServerNames(required: true);
}
