using System.Globalization;

namespace ServerStatus.Presentation.Discord.Replies;

/// <summary>Durations and moments as people read them.</summary>
public static class HumanTime
{
    /// <summary>The two largest units: <c>3 d 4 h</c>, <c>5 h 12 min</c>, <c>42 s</c>.</summary>
    public static string Duration(TimeSpan span)
    {
        if (span < TimeSpan.Zero)
        {
            span = TimeSpan.Zero;
        }

        var parts = new List<string>();
        if (span.Days > 0)
        {
            parts.Add(Invariant($"{span.Days} d"));
        }

        if (span.Hours > 0)
        {
            parts.Add(Invariant($"{span.Hours} h"));
        }

        if (span.Minutes > 0)
        {
            parts.Add(Invariant($"{span.Minutes} min"));
        }

        if (span.Seconds > 0 || parts.Count == 0)
        {
            parts.Add(Invariant($"{span.Seconds} s"));
        }

        return string.Join(" ", parts.Take(2));
    }

    /// <summary>A Discord timestamp that each reader sees in their own time zone, plus the relative form.</summary>
    public static string Moment(DateTimeOffset at) => Invariant($"<t:{at.ToUnixTimeSeconds()}:f> (<t:{at.ToUnixTimeSeconds()}:R>)");

    public static string Bytes(long bytes)
    {
        string[] units = ["B", "KiB", "MiB", "GiB", "TiB"];
        double value = bytes;
        var unit = 0;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return Invariant($"{value:0.#} {units[unit]}");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
