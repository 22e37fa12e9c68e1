using FluentValidation;
using ServerStatus.Domain.Backups;

namespace ServerStatus.Application.Backups.Common;

public static class BackupNameRules
{
    public static IRuleBuilderOptions<T, string?> BackupName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(name => Domain.Backups.BackupName.IsValid(name))
            .WithMessage((_, name) => $"`{Shorten(name)}` is not a valid backup name: use 1 to {Domain.Backups.BackupName.MaxLength} letters, digits, `.`, `_` or `-`.");

    private static string Shorten(string? text) =>
        text is null ? "" : text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
