using FluentValidation;

namespace ServerStatus.Application.Permissions.ImportLegacyPermissions;

public sealed class ImportLegacyPermissionsValidator : AbstractValidator<ImportLegacyPermissions>
{
    public const int MaxPathLength = 4096;

    public ImportLegacyPermissionsValidator() =>
        RuleFor(x => x.Path)
            .Must(path => !string.IsNullOrWhiteSpace(path)).WithMessage("Name the legacy permissions file.")
            .MaximumLength(MaxPathLength).WithMessage($"The legacy permissions path is longer than {MaxPathLength} characters.")
            .Must(path => path is null || !path.Contains('\0', StringComparison.Ordinal)).WithMessage("The legacy permissions path contains a NUL character.");
}
