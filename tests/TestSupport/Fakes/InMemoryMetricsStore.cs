using ServerStatus.Application.Metrics;

namespace ServerStatus.TestSupport.Fakes;

/// <summary>
/// An in-process resource history with the semantics of the EF one (whole 15-minute buckets rolled up, late samples
/// merged into their bucket), held to it by <c>MetricsStoreContract</c>.
/// </summary>
public sealed class InMemoryMetricsStore : IMetricsStore
{
    private readonly Lock _gate = new();
    private readonly List<MetricSample> _samples = [];
    private readonly Dictionary<(string Server, DateTimeOffset At), MetricRollup> _rollups = [];

    /// <summary>Every raw sample kept, in the order they were added.</summary>
    public IReadOnlyList<MetricSample> Samples
    {
        get
        {
            lock (_gate)
            {
                return [.. _samples];
            }
        }
    }

    public Task AddAsync(IReadOnlyList<MetricSample> samples, CancellationToken ct)
    {
        lock (_gate)
        {
            _samples.AddRange(samples);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<MetricPoint>> ReadAsync(string server, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        lock (_gate)
        {
            var rollups = _rollups.Values.Where(r => r.Server == server && r.At >= from && r.At <= to).Select(r => r.ToPoint());
            var raw = MetricRollup.RawPoints(_samples.Where(s => s.Server == server && s.At >= from && s.At <= to));
            return Task.FromResult<IReadOnlyList<MetricPoint>>([.. rollups.OrderBy(p => p.At).Concat(raw.OrderBy(p => p.At)).OrderBy(p => p.At)]);
        }
    }

    public Task<IReadOnlyDictionary<string, MetricPoint>> LatestAsync(IReadOnlyCollection<string> servers, DateTimeOffset since, CancellationToken ct)
    {
        lock (_gate)
        {
            var latest = _samples.Where(s => servers.Contains(s.Server) && s.At >= since).GroupBy(s => s.Server)
                .ToDictionary(g => g.Key, g => MetricRollup.RawPoint(g.OrderBy(s => s.At).Last()));
            return Task.FromResult<IReadOnlyDictionary<string, MetricPoint>>(latest);
        }
    }

    public Task<DownsampleReport> DownsampleAsync(DateTimeOffset rawBefore, DateTimeOffset keepAfter, CancellationToken ct)
    {
        lock (_gate)
        {
            var cutoff = MetricRollup.BucketOf(rawBefore);
            var old = _samples.Where(s => s.At < cutoff).ToList();
            var rollups = MetricRollup.Of(old).ToList();
            foreach (var rollup in rollups)
            {
                var key = (rollup.Server, rollup.At);
                _rollups[key] = _rollups.TryGetValue(key, out var stored) ? stored.Merge(rollup) : rollup;
            }

            _samples.RemoveAll(s => s.At < cutoff);
            var expired = _rollups.Keys.Where(k => k.At < keepAfter).ToList();
            expired.ForEach(k => _rollups.Remove(k));
            return Task.FromResult(new DownsampleReport(old.Count, rollups.Count, expired.Count));
        }
    }
}
