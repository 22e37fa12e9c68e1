using ServerStatus.Application.Common.Validation;

namespace ServerStatus.Application.Servers;

/// <summary>Shape rules shared by every message that names servers.</summary>
public static class ServerNameRules
{
    public const int MaxServersPerRequest = 25;

    public static IRuleBuilderOptions<T, IReadOnlyList<string>> ServerNames<T>(this IRuleBuilder<T, IReadOnlyList<string>> rule, bool required)
    {
        var options = rule
            .Must(names => !required || names.Count > 0).WithMessage("Name at least one server.")
            .Must(names => names.Count <= MaxServersPerRequest).WithMessage($"Name at most {MaxServersPerRequest} servers at once.");
        rule.ForEach(name => name.ServerName());
        return options;
    }

    public static IRuleBuilderOptions<T, string> ServerName<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(name => Domain.Servers.ServerName.TryParse(name, out _))
            .WithMessage((_, name) => $"`{EchoedInput.Shorten(name)}` is not a valid server name: use letters, digits, `.`, `_` or `-` (write `engine/name` to pick an engine).");
}
