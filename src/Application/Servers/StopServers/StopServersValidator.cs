using FluentValidation;
using ServerStatus.Application.Servers.Common;

namespace ServerStatus.Application.Servers.StopServers;

public sealed class StopServersValidator : AbstractValidator<StopServers>
{
    public StopServersValidator() => RuleFor(x => x.Names).ServerNames(required: true);
}
