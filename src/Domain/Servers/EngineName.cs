using System.Text.RegularExpressions;

namespace ServerStatus.Domain.Servers;

/// <summary>Rules for the names of configured Docker engines (<c>local</c>, <c>eu1</c>).</summary>
public static partial class EngineName
{
    public const int MaxLength = 32;

    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(value);

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_-]{0,31}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
