using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ServerStatus.Domain.Backups;

/// <summary>A backup name: <c>[A-Za-z0-9._-]{1,64}</c>, never <c>.</c> or <c>..</c>, so it is always one safe path segment.</summary>
public static partial class BackupName
{
    public const int MaxLength = 64;

    public static bool IsValid([NotNullWhen(true)] string? name) =>
        name is not null && Pattern().IsMatch(name) && name is not "." and not "..";

    /// <summary>The default name: the UTC time, e.g. <c>2026-11-24T05-53-11Z</c>.</summary>
    public static string FromTime(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH-mm-ss'Z'", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^[A-Za-z0-9._-]{1,64}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
