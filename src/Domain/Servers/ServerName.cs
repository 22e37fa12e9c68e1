using System.Text.RegularExpressions;

namespace ServerStatus.Domain.Servers;

/// <summary>
/// A server name as a user types it: a container name or its <c>serverstatus.name</c> alias,
/// optionally qualified with the engine (<c>eu1/mc</c>) when the same name exists on several engines.
/// </summary>
public sealed partial record ServerName
{
    public const int MaxLength = 128;

    private ServerName(string? engine, string name)
    {
        Engine = engine;
        Name = name;
    }

    /// <summary>The engine qualifier, or null when the user did not write one.</summary>
    public string? Engine { get; }

    public string Name { get; }

    public static bool IsValidName(string? value) => value is not null && NamePattern().IsMatch(value);

    public static bool TryParse(string? text, out ServerName result)
    {
        result = null!;
        if (string.IsNullOrWhiteSpace(text) || text.Length > EngineName.MaxLength + 1 + MaxLength)
        {
            return false;
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var engine = slash < 0 ? null : text[..slash];
        var name = slash < 0 ? text : text[(slash + 1)..];
        if ((engine is not null && !EngineName.IsValid(engine)) || !IsValidName(name))
        {
            return false;
        }

        result = new ServerName(engine, name);
        return true;
    }

    /// <summary>Parses text that a validator has already accepted; throws for programmer errors only.</summary>
    public static ServerName Parse(string text) =>
        TryParse(text, out var result) ? result : throw new FormatException($"'{text}' is not a valid server name.");

    /// <summary>Whether a stored engine-qualified name (<c>engine/name</c>) is this typed name (on its engine, when it names one).</summary>
    public bool Matches(string qualifiedName)
    {
        var stored = Parse(qualifiedName);
        return string.Equals(stored.Name, Name, StringComparison.OrdinalIgnoreCase)
            && (Engine is null || string.Equals(stored.Engine, Engine, StringComparison.OrdinalIgnoreCase));
    }

    public override string ToString() => Engine is null ? Name : $"{Engine}/{Name}";

    // Docker's own container-name rule, bounded in length.
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}\z", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
