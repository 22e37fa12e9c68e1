using FluentValidation;

namespace ServerStatus.Application.Permissions.AddAdmin;

public sealed class AddAdminValidator : AbstractValidator<AddAdmin>
{
    public AddAdminValidator() => RuleFor(x => x.UserId).NotEqual(0UL).WithMessage("Name a user (a mention or an id).");
}
