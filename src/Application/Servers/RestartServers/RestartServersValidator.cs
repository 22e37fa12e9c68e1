using FluentValidation;
using ServerStatus.Application.Servers.Common;

namespace ServerStatus.Application.Servers.RestartServers;

public sealed class RestartServersValidator : AbstractValidator<RestartServers>
{
    public RestartServersValidator() => RuleFor(x => x.Names).ServerNames(required: true);
}
