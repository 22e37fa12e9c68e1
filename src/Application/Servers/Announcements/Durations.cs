using System.Globalization;
using System.Text.RegularExpressions;

namespace ServerStatus.Application.Servers.Announcements;

/// <summary>Short durations as users write them: a whole number and a unit, <c>10s</c>, <c>5m</c>, <c>1h</c>.</summary>
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

    /// <summary>The shortest way to write a duration of whole seconds: <c>5m</c>, <c>90s</c>, <c>1h</c>.</summary>
    public static string Format(TimeSpan duration) => duration switch
    {
        { TotalSeconds: var s } when s >= 3600 && s % 3600 == 0 => string.Create(CultureInfo.InvariantCulture, $"{s / 3600:0}h"),
        { TotalSeconds: var s } when s >= 60 && s % 60 == 0 => string.Create(CultureInfo.InvariantCulture, $"{s / 60:0}m"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{duration.TotalSeconds:0}s"),
    };

    /// <summary>In words, for players: <c>5 minutes</c>, <c>1 minute</c>, <c>30 seconds</c>.</summary>
    public static string Spoken(TimeSpan duration)
    {
        static string Of(double n, string unit) => string.Create(CultureInfo.InvariantCulture, $"{n:0} {unit}{(n == 1 ? "" : "s")}");
        return duration.TotalSeconds switch
        {
            var s when s >= 3600 && s % 3600 == 0 => Of(s / 3600, "hour"),
            var s when s >= 60 && s % 60 == 0 => Of(s / 60, "minute"),
            var s => Of(s, "second"),
        };
    }

    [GeneratedRegex(@"^(?<n>\d{1,5})(?<unit>s|m|min|h)\z", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
