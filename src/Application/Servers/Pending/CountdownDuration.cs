using System.Globalization;
using System.Text.RegularExpressions;

namespace ServerStatus.Application.Servers.Pending;

/// <summary>The durations of announced power actions as commands and settings write them: <c>30s</c>, <c>5m</c>, <c>90min</c>, <c>2h</c>.</summary>
public static partial class CountdownDuration
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
            "s" or "sec" => TimeSpan.FromSeconds(n),
            "h" => TimeSpan.FromHours(n),
            _ => TimeSpan.FromMinutes(n),
        };
        return true;
    }

    /// <summary>In words, as players read it: <c>5 minutes</c>, <c>1 minute 30 seconds</c>, <c>10 seconds</c>.</summary>
    public static string Words(TimeSpan span)
    {
        var seconds = (long)Math.Max(0, Math.Round(span.TotalSeconds, MidpointRounding.AwayFromZero));
        var (hours, minutes, rest) = (seconds / 3600, seconds % 3600 / 60, seconds % 60);
        var parts = new List<string>();
        Add(parts, hours, "hour");
        Add(parts, minutes, "minute");
        Add(parts, rest, "second");
        return parts.Count == 0 ? "0 seconds" : string.Join(' ', parts);
    }

    /// <summary>Short, as commands take it: <c>1h30m</c>, <c>5m</c>, <c>10s</c>.</summary>
    public static string Compact(TimeSpan span)
    {
        var seconds = (long)Math.Round(span.TotalSeconds);
        var text = (seconds / 3600 > 0 ? $"{seconds / 3600}h" : "") + (seconds % 3600 / 60 > 0 ? $"{seconds % 3600 / 60}m" : "") + (seconds % 60 > 0 ? $"{seconds % 60}s" : "");
        return text.Length == 0 ? "0s" : text;
    }

    private static void Add(List<string> parts, long value, string unit)
    {
        if (value > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{value} {unit}{(value == 1 ? "" : "s")}"));
        }
    }

    [GeneratedRegex(@"^(?<n>\d{1,5})(?<unit>s|sec|m|min|h)\z", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
