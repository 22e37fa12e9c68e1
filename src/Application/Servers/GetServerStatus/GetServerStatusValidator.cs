using FluentValidation;
using ServerStatus.Application.Servers.Common;

namespace ServerStatus.Application.Servers.GetServerStatus;

public sealed class GetServerStatusValidator : AbstractValidator<GetServerStatus>
{
    public GetServerStatusValidator() => RuleFor(x => x.Names).ServerNames(required: false);
}
