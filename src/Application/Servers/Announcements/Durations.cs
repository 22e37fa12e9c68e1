using System.Globalization;
using System.Text.RegularExpressions;

namespace ServerStatus.Application.Servers.Announcements;

/// <summary>
/// Short durations as commands and settings write them: a whole number and a unit, <c>10s</c>, <c>10sec</c>, <c>5m</c>,
/// <c>90min</c>, <c>2h</c>; written back in the one form that reads again, and in words for players.
/// </summary>
public static partial class Durations
{
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = default;
        var match = Pattern().Match(text ?? "");
        if (!match.Success || !int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n == 0)
        {
            return false;
        }

        duration = match.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "h" => TimeSpan.FromHours(n),
            "m" or "min" => TimeSpan.FromMinutes(n),
            _ => TimeSpan.FromSeconds(n),
        };
        return true;
    }

    /// <summary>The shortest way to write a duration of whole seconds that <see cref="TryParse"/> reads back: <c>5m</c>, <c>90s</c>, <c>1h</c>.</summary>
    public static string Format(TimeSpan duration) => duration switch
    {
        { TotalSeconds: var s } when s >= 3600 && s % 3600 == 0 => string.Create(CultureInfo.InvariantCulture, $"{s / 3600:0}h"),
        { TotalSeconds: var s } when s >= 60 && s % 60 == 0 => string.Create(CultureInfo.InvariantCulture, $"{s / 60:0}m"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Math.Round(duration.TotalSeconds):0}s"),
    };

    /// <summary>In words, as players read it: <c>5 minutes</c>, <c>1 minute 30 seconds</c>, <c>10 seconds</c>.</summary>
    public static string Words(TimeSpan span)
    {
        var seconds = (long)Math.Max(0, Math.Round(span.TotalSeconds, MidpointRounding.AwayFromZero));
        var parts = new[] { (seconds / 3600, "hour"), (seconds % 3600 / 60, "minute"), (seconds % 60, "second") }
            .Where(p => p.Item1 > 0)
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Item1} {p.Item2}{(p.Item1 == 1 ? "" : "s")}"))
            .ToList();
        return parts.Count == 0 ? "0 seconds" : string.Join(' ', parts);
    }

    [GeneratedRegex(@"^(?<n>\d{1,5})(?<unit>s|sec|m|min|h)\z", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
