using FluentValidation;

namespace ServerStatus.Application.Permissions.RemoveAdmin;

public sealed class RemoveAdminValidator : AbstractValidator<RemoveAdmin>
{
    public RemoveAdminValidator() => RuleFor(x => x.UserId).NotEqual(0UL).WithMessage("Name a user (a mention or an id).");
}
