using ServerStatus.Application.Common.Validation;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Permissions;

/// <summary>Shape rules for permission names, grant scopes and subjects.</summary>
public static class PermissionRules
{
    public static IRuleBuilderOptions<T, string> PermissionName<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(name => PermissionNames.TryParse(name, out _))
            .WithMessage((_, name) => $"`{EchoedInput.Shorten(name)}` is not a permission: use one of {string.Join(", ", PermissionNames.Canonical.Select(n => $"`{n}`"))}.");

    public static IRuleBuilderOptions<T, string> Scope<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(scope => GrantScope.TryParse(scope, out _))
            .WithMessage((_, scope) => $"`{EchoedInput.Shorten(scope)}` is not a server name or `*`.");

    public static IRuleBuilderOptions<T, Subject> Subject<T>(this IRuleBuilder<T, Subject> rule) =>
        rule.Must(subject => subject.Id != 0 && Enum.IsDefined(subject.Kind)).WithMessage("Name a user or a role (a mention or an id).");
}
