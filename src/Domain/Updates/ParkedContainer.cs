using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace ServerStatus.Domain.Updates;

/// <summary>
/// The name an update gives the old container while it is parked (<c>mc-old-0123456789ab</c>) until the new one is
/// declared good: made by the update, recognised by the inventory, which does not list it as a server of its own.
/// </summary>
public static partial class ParkedContainer
{
    public static string NameFor(string containerName) => $"{containerName}-old-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}";

    public static bool IsParked(string containerName) => Suffix().IsMatch(containerName);

    [GeneratedRegex("-old-[0-9a-f]{12}$", RegexOptions.CultureInvariant)]
    private static partial Regex Suffix();
}
