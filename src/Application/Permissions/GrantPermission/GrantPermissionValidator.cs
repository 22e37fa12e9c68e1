using FluentValidation;
using ServerStatus.Application.Permissions.Common;

namespace ServerStatus.Application.Permissions.GrantPermission;

public sealed class GrantPermissionValidator : AbstractValidator<GrantPermission>
{
    public GrantPermissionValidator()
    {
        RuleFor(x => x.Subject).Subject();
        RuleFor(x => x.Permission).PermissionName();
        RuleFor(x => x.Scope).Scope();
    }
}
