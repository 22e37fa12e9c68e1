using Microsoft.EntityFrameworkCore;
using ServerStatus.Application.Metrics;
using ServerStatus.Infrastructure.Metrics;

namespace ServerStatus.Infrastructure.Persistence;

/// <summary>
/// <see cref="IMetricsStore"/> on EF Core: raw samples in <c>MetricSamples</c>, 15-minute roll-ups in <c>MetricRollups</c>,
/// both indexed by server and time (times stored in UTC). Only whole buckets are rolled up, one server at a time in a
/// transaction, so a bucket is never split between raw samples and a roll-up; late samples of a rolled-up bucket merge into it.
/// </summary>
public sealed class EfMetricsStore(ServerStatusDbContext db) : IMetricsStore
{
    public async Task AddAsync(IReadOnlyList<MetricSample> samples, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(samples);
        db.MetricSamples.AddRange(samples.Select(s => new StoredMetricSample
        {
            Server = s.Server,
            At = s.At.ToUniversalTime(),
            CpuPercent = s.CpuPercent,
            MemoryBytes = s.MemoryBytes,
            MemoryLimitBytes = s.MemoryLimitBytes,
            NetworkReceivedBytes = s.NetworkReceivedBytes,
            NetworkSentBytes = s.NetworkSentBytes,
            BlockReadBytes = s.BlockReadBytes,
            BlockWrittenBytes = s.BlockWrittenBytes,
        }));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    public async Task<IReadOnlyList<MetricPoint>> ReadAsync(string server, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var (start, end) = (from.ToUniversalTime(), to.ToUniversalTime());
        var rollups = await db.MetricRollups.AsNoTracking()
            .Where(r => r.Server == server && r.At >= start && r.At <= end).OrderBy(r => r.At).ToListAsync(ct);
        var raw = await db.MetricSamples.AsNoTracking()
            .Where(s => s.Server == server && s.At >= start && s.At <= end).OrderBy(s => s.At).ThenBy(s => s.Id).ToListAsync(ct);
        return [.. rollups.Select(r => ToRollup(r).ToPoint()).Concat(MetricRollup.RawPoints(raw.Select(ToSample))).OrderBy(p => p.At)];
    }

    // Samples since a few intervals ago are few per server: read them all in one query and keep each server's newest.
    public async Task<IReadOnlyDictionary<string, MetricPoint>> LatestAsync(IReadOnlyCollection<string> servers, DateTimeOffset since, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(servers);
        if (servers.Count == 0)
        {
            return new Dictionary<string, MetricPoint>();
        }

        var (names, start) = (servers.Distinct().ToList(), since.ToUniversalTime());
        var recent = await db.MetricSamples.AsNoTracking().Where(s => names.Contains(s.Server) && s.At >= start).ToListAsync(ct);
        return recent.GroupBy(s => s.Server)
            .ToDictionary(g => g.Key, g => MetricRollup.RawPoint(ToSample(g.OrderByDescending(s => s.At).ThenByDescending(s => s.Id).First())));
    }

    public async Task<DownsampleReport> DownsampleAsync(DateTimeOffset rawBefore, DateTimeOffset keepAfter, CancellationToken ct)
    {
        var cutoff = MetricRollup.BucketOf(rawBefore);
        var servers = await db.MetricSamples.Where(s => s.At < cutoff).Select(s => s.Server).Distinct().ToListAsync(ct);
        var (rolledUp, written) = (0, 0);
        foreach (var server in servers)
        {
            var (samples, rollups) = await RollUpAsync(server, cutoff, ct);
            rolledUp += samples;
            written += rollups;
        }

        var expiry = keepAfter.ToUniversalTime();
        var deleted = await db.MetricRollups.Where(r => r.At < expiry).ExecuteDeleteAsync(ct);
        return new DownsampleReport(rolledUp, written, deleted);
    }

    private async Task<(int Samples, int Rollups)> RollUpAsync(string server, DateTimeOffset cutoff, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var raw = await db.MetricSamples.AsNoTracking().Where(s => s.Server == server && s.At < cutoff).ToListAsync(ct);
        if (raw.Count == 0)
        {
            return (0, 0);
        }

        var rollups = MetricRollup.Of(raw.Select(ToSample)).ToList();
        var first = rollups.Min(r => r.At);
        var existing = await db.MetricRollups.Where(r => r.Server == server && r.At >= first && r.At < cutoff).ToDictionaryAsync(r => r.At, ct);
        foreach (var rollup in rollups)
        {
            if (existing.TryGetValue(rollup.At, out var stored))
            {
                Copy(ToRollup(stored).Merge(rollup), stored);
            }
            else
            {
                var added = new StoredMetricRollup { Server = server };
                Copy(rollup, added);
                db.MetricRollups.Add(added);
            }
        }

        await db.SaveChangesAsync(ct);
        await db.MetricSamples.Where(s => s.Server == server && s.At < cutoff).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return (raw.Count, rollups.Count);
    }

    private static MetricSample ToSample(StoredMetricSample s) =>
        new(s.Server, s.At, s.CpuPercent, s.MemoryBytes, s.MemoryLimitBytes, s.NetworkReceivedBytes, s.NetworkSentBytes, s.BlockReadBytes, s.BlockWrittenBytes);

    private static MetricRollup ToRollup(StoredMetricRollup r) =>
        new(r.Server, r.At, r.Samples, r.CpuSamples, r.CpuMin, r.CpuAverage, r.CpuMax, r.MemoryMin, r.MemoryAverage, r.MemoryMax, r.MemoryLimitBytes,
            r.IoSeconds > 0 && r.NetworkReceivedRate is { } received && r.NetworkSentRate is { } sent && r.BlockReadRate is { } read && r.BlockWrittenRate is { } written
                ? new IoRates(received, sent, read, written, r.IoSeconds)
                : null);

    private static void Copy(MetricRollup from, StoredMetricRollup to)
    {
        to.At = from.At;
        to.Samples = from.Samples;
        to.CpuSamples = from.CpuSamples;
        to.CpuMin = from.CpuMin;
        to.CpuAverage = from.CpuAverage;
        to.CpuMax = from.CpuMax;
        to.MemoryMin = from.MemoryMin;
        to.MemoryAverage = from.MemoryAverage;
        to.MemoryMax = from.MemoryMax;
        to.MemoryLimitBytes = from.MemoryLimitBytes;
        to.NetworkReceivedRate = from.Io?.NetworkReceived;
        to.NetworkSentRate = from.Io?.NetworkSent;
        to.BlockReadRate = from.Io?.BlockRead;
        to.BlockWrittenRate = from.Io?.BlockWritten;
        to.IoSeconds = from.Io?.Seconds ?? 0;
    }
}
