using ServerStatus.Application.Metrics;

namespace ServerStatus.TestSupport;

/// <summary>Made-up resource histories for chart and graph tests.</summary>
public static class MetricWaves
{
    /// <summary>A day-like history: <paramref name="count"/> points <paramref name="step"/> apart ending at <paramref name="end"/>, CPU in a wave, memory rising.</summary>
    public static IEnumerable<MetricPoint> Wave(DateTimeOffset end, TimeSpan step, int count, long limitBytes = 4L << 30, double cpuPeak = 80)
    {
        for (var i = 0; i < count; i++)
        {
            var at = end - step * (count - 1 - i);
            var cpu = cpuPeak / 2 * (1 + Math.Sin(i / 12.0));
            var memory = (long)((1L << 30) * (1 + (0.5 * i / count)));
            var rollup = step >= TimeSpan.FromMinutes(15);
            yield return new MetricPoint(at, rollup ? step : TimeSpan.Zero, rollup ? cpu * 0.6 : cpu, cpu, rollup ? Math.Min(cpu * 1.4 + 5, 400) : cpu,
                rollup ? memory - (64L << 20) : memory, memory, rollup ? memory + (96L << 20) : memory, limitBytes);
        }
    }

    /// <summary>The same history as raw samples, as the sampler stores them.</summary>
    public static IReadOnlyList<MetricSample> Samples(string server, IEnumerable<MetricPoint> points) =>
        [.. points.Select(p => new MetricSample(server, p.At, p.CpuAverage, p.MemoryAverage, p.MemoryLimitBytes, 0, 0, 0, 0))];
}
