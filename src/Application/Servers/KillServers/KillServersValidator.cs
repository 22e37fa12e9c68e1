using FluentValidation;
using ServerStatus.Application.Servers.Common;

namespace ServerStatus.Application.Servers.KillServers;

public sealed class KillServersValidator : AbstractValidator<KillServers>
{
    public KillServersValidator() => RuleFor(x => x.Names).ServerNames(required: true);
}
