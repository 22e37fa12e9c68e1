using ServerStatus.Domain.Servers;

namespace ServerStatus.Domain.Permissions;

/// <summary>
/// Where a grant applies: <c>*</c> for every server, a server name on any engine (<c>mc</c>),
/// or a server on one engine (<c>eu1/mc</c>). Servers come and go, so a scope may name one that does not exist yet.
/// </summary>
public sealed record GrantScope
{
    public const string EverywhereText = "*";

    private GrantScope(string value) => Value = value;

    public static GrantScope Everywhere { get; } = new(EverywhereText);

    /// <summary>The stored form: <c>*</c>, <c>mc</c> or <c>eu1/mc</c>.</summary>
    public string Value { get; }

    public bool IsEverywhere => Value == EverywhereText;

    public static GrantScope For(ServerName server) => new(server.ToString());

    public static bool TryParse(string? text, out GrantScope scope)
    {
        scope = Everywhere;
        if (text is null || text.Trim() == EverywhereText)
        {
            return text is not null;
        }

        if (!ServerName.TryParse(text.Trim(), out var name))
        {
            return false;
        }

        scope = For(name);
        return true;
    }

    /// <summary>Parses a scope a validator has already accepted; throws for programmer errors only.</summary>
    public static GrantScope Parse(string text) =>
        TryParse(text, out var scope) ? scope : throw new FormatException($"'{text}' is not a server name or '*'.");

    public bool Covers(ServerId server)
    {
        if (IsEverywhere)
        {
            return true;
        }

        var name = ServerName.Parse(Value);
        return string.Equals(name.Name, server.Name, StringComparison.OrdinalIgnoreCase)
            && (name.Engine is null || string.Equals(name.Engine, server.Engine, StringComparison.OrdinalIgnoreCase));
    }

    public override string ToString() => Value;
}
