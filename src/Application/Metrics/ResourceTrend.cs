namespace ServerStatus.Application.Metrics;

/// <summary>A server's CPU and memory over <see cref="Span"/>: average and peak, for the card's one-line trend.</summary>
public sealed record ResourceTrend(TimeSpan Span, double? CpuAverage, double? CpuPeak, long MemoryAverage, long MemoryPeak)
{
    /// <summary>How far back the card looks.</summary>
    public static readonly TimeSpan CardSpan = TimeSpan.FromHours(24);

    /// <summary>The trend of <paramref name="points"/> (each point counts once, raw or rolled up); null when there are none.</summary>
    public static ResourceTrend? Of(IReadOnlyList<MetricPoint> points, TimeSpan span)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0)
        {
            return null;
        }

        var cpu = points.Where(p => p.CpuAverage is not null).ToList();
        return new ResourceTrend(
            span,
            cpu.Count == 0 ? null : cpu.Average(p => p.CpuAverage!.Value),
            cpu.Count == 0 ? null : cpu.Max(p => p.CpuMax ?? p.CpuAverage!.Value),
            (long)points.Average(p => (double)p.MemoryAverage),
            points.Max(p => p.MemoryMax));
    }
}
