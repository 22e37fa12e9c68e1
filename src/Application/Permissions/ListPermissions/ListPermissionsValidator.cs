using FluentValidation;
using ServerStatus.Application.Permissions.Common;
using ServerStatus.Application.Servers;

namespace ServerStatus.Application.Permissions.ListPermissions;

public sealed class ListPermissionsValidator : AbstractValidator<ListPermissions>
{
    public ListPermissionsValidator()
    {
        RuleFor(x => x.Subject!.Value).Subject().When(x => x.Subject is not null);
        RuleFor(x => x.Server!).ServerName().When(x => x.Server is not null);
        RuleFor(x => x).Must(x => x.Subject is null || x.Server is null).WithMessage("List by a user or role, or by a server, not both.");
    }
}
