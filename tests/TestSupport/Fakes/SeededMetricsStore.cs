using System.Collections.Concurrent;
using ServerStatus.Application.Metrics;

namespace ServerStatus.TestSupport.Fakes;

/// <summary>
/// A metrics store that answers reads from points a test seeds (raw samples or 15-minute roll-ups), for the graph
/// tests while the real store is built elsewhere. Added samples become raw points; it does not downsample.
/// </summary>
public sealed class SeededMetricsStore : IMetricsStore
{
    private readonly ConcurrentDictionary<string, List<MetricPoint>> _points = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Seeds points of a server (engine-qualified name, e.g. <c>local/mc</c>).</summary>
    public SeededMetricsStore Seed(string server, IEnumerable<MetricPoint> points)
    {
        var list = _points.GetOrAdd(server, _ => []);
        lock (list)
        {
            list.AddRange(points);
            list.Sort((a, b) => a.At.CompareTo(b.At));
        }

        return this;
    }

    public void Clear() => _points.Clear();

    public Task AddAsync(IReadOnlyList<MetricSample> samples, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(samples);
        foreach (var group in samples.GroupBy(s => s.Server, StringComparer.OrdinalIgnoreCase))
        {
            Seed(group.Key, group.Select(s => new MetricPoint(s.At, TimeSpan.Zero, s.CpuPercent, s.CpuPercent, s.CpuPercent, s.MemoryBytes, s.MemoryBytes, s.MemoryBytes, s.MemoryLimitBytes)));
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<MetricPoint>> ReadAsync(string server, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        if (!_points.TryGetValue(server, out var list))
        {
            return Task.FromResult<IReadOnlyList<MetricPoint>>([]);
        }

        lock (list)
        {
            return Task.FromResult<IReadOnlyList<MetricPoint>>([.. list.Where(p => p.At >= from && p.At <= to)]);
        }
    }

    public Task<DownsampleReport> DownsampleAsync(DateTimeOffset rawBefore, DateTimeOffset keepAfter, CancellationToken ct) =>
        throw new NotSupportedException("SeededMetricsStore serves seeded points only; downsampling is the real store's.");

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
}
