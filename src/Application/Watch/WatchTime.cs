using System.Globalization;

namespace ServerStatus.Application.Watch;

/// <summary>How mutes and maintenance windows say their times and durations in sentences and audit rows (UTC).</summary>
public static class WatchTime
{
    /// <summary><c>15:00 UTC</c> on the day of <paramref name="now"/>, else <c>2026-11-25 15:00 UTC</c>.</summary>
    public static string At(DateTimeOffset at, DateTimeOffset now)
    {
        var utc = at.ToUniversalTime();
        var format = utc.Date == now.ToUniversalTime().Date ? "HH:mm" : "yyyy-MM-dd HH:mm";
        return utc.ToString(format, CultureInfo.InvariantCulture) + " UTC";
    }

    /// <summary>A duration as commands take it: <c>2d</c>, <c>1h</c>, <c>90m</c>.</summary>
    public static string Duration(TimeSpan span) => span switch
    {
        { TotalDays: >= 1 } when span.Ticks % TimeSpan.TicksPerDay == 0 => Invariant($"{(long)span.TotalDays}d"),
        { TotalHours: >= 1 } when span.Ticks % TimeSpan.TicksPerHour == 0 => Invariant($"{(long)span.TotalHours}h"),
        _ => Invariant($"{(long)Math.Ceiling(span.TotalMinutes)}m"),
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
