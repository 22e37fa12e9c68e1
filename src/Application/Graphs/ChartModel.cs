using ServerStatus.Application.Metrics;

namespace ServerStatus.Application.Graphs;

/// <summary>
/// What a chart shows, free of any drawing library: one series per server over a time range, and the events in it;
/// <paramref name="Culture"/> names the language its UTC time axis is written in (null or unknown: invariant).
/// </summary>
public sealed record ChartModel(
    string Title, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<ChartSeries> Series, IReadOnlyList<ChartMarker> Markers, string? Culture = null);

/// <summary>One server's points, oldest first (raw samples and 15-minute roll-ups).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<MetricPoint> Points);

/// <summary>Something that happened at <paramref name="At"/>, drawn as a vertical line with a short label.</summary>
public sealed record ChartMarker(DateTimeOffset At, MarkerKind Kind, string Label);

/// <summary>The kinds of events a chart marks, each in a colour of its own.</summary>
public enum MarkerKind
{
    /// <summary>A crash, exit, OOM kill, failed health check or crash loop (red).</summary>
    Incident,

    /// <summary>A start, stop, restart or kill through the bot.</summary>
    Power,

    Backup,

    Restore,

    /// <summary>An image update or rollback through the bot.</summary>
    Update,
}
