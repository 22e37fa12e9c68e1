using FluentValidation;
using ServerStatus.Application.Common.Validation;
using ServerStatus.Domain.Backups;

namespace ServerStatus.Application.Backups;

public static class BackupNameRules
{
    public static IRuleBuilderOptions<T, string?> BackupName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(name => Domain.Backups.BackupName.IsValid(name))
            .WithMessage((_, name) => $"`{EchoedInput.Shorten(name)}` is not a valid backup name: use 1 to {Domain.Backups.BackupName.MaxLength} letters, digits, `.`, `_` or `-`.");
}
