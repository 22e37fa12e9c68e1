using ServerStatus.Application.Common.Validation;
using ServerStatus.Application.Servers;

namespace ServerStatus.Application.Backups;

/// <summary>A message about one backup of one server: audited as <c>server name</c>, under the server.</summary>
public interface INamesBackup : INamesServer
{
    string Name { get; }

    string IAuditable.AuditArguments => $"{Server} {Name}";
}

/// <summary>The shape rules of a message that names one backup of one server.</summary>
public abstract class BackupValidator<T> : AbstractValidator<T>
    where T : INamesBackup
{
    protected BackupValidator()
    {
        RuleFor(x => x.Server).ServerName();
        RuleFor(x => x.Name).BackupName();
    }
}

public static class BackupNameRules
{
    public static IRuleBuilderOptions<T, string?> BackupName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(name => Domain.Backups.BackupName.IsValid(name))
            .WithMessage((_, name) => $"`{EchoedInput.Shorten(name)}` is not a valid backup name: use 1 to {Domain.Backups.BackupName.MaxLength} letters, digits, `.`, `_` or `-`.");
}
