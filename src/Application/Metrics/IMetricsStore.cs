namespace ServerStatus.Application.Metrics;

/// <summary>
/// The stored resource history: raw samples for 48 hours, then 15-minute minimum/average/maximum roll-ups kept for
/// <c>Metrics:RetentionDays</c>. Servers are named by their engine-qualified name.
/// </summary>
public interface IMetricsStore
{
    Task AddAsync(IReadOnlyList<MetricSample> samples, CancellationToken ct);

    /// <summary>The server's points from <paramref name="from"/> to <paramref name="to"/>, oldest first: raw samples where they are kept, roll-ups before that.</summary>
    Task<IReadOnlyList<MetricPoint>> ReadAsync(string server, DateTimeOffset from, DateTimeOffset to, CancellationToken ct);

    /// <summary>
    /// The newest raw sample of each of <paramref name="servers"/> taken at or after <paramref name="since"/>, by server name
    /// (as named), in one query; a server without such a sample is left out.
    /// </summary>
    Task<IReadOnlyDictionary<string, MetricPoint>> LatestAsync(IReadOnlyCollection<string> servers, DateTimeOffset since, CancellationToken ct);

    /// <summary>Rolls raw samples older than <paramref name="rawBefore"/> up into 15-minute points and deletes roll-ups older than <paramref name="keepAfter"/>.</summary>
    Task<DownsampleReport> DownsampleAsync(DateTimeOffset rawBefore, DateTimeOffset keepAfter, CancellationToken ct);
}

/// <summary>What one downsampling run did.</summary>
public sealed record DownsampleReport(int SamplesRolledUp, int RollupsWritten, int RollupsDeleted);
