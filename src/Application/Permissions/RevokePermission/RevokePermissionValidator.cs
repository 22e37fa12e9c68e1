using FluentValidation;
using ServerStatus.Application.Permissions.Common;

namespace ServerStatus.Application.Permissions.RevokePermission;

public sealed class RevokePermissionValidator : AbstractValidator<RevokePermission>
{
    public RevokePermissionValidator()
    {
        RuleFor(x => x.Subject).Subject();
        RuleFor(x => x.Permission).PermissionName();
        RuleFor(x => x.Scope).Scope();
    }
}
