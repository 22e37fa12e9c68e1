namespace ServerStatus.Application.Metrics;

/// <summary>
/// The samples of one server in one 15-minute bucket (UTC, aligned to the hour), summed up as minimum, average and
/// maximum. What every <see cref="IMetricsStore"/> stores after downsampling; two roll-ups of the same bucket merge.
/// Network and block I/O are kept as rates over the bucket (<see cref="IoRates"/>), not as the counters' growth: a rate
/// needs only the samples inside the bucket (the sample before it may already be rolled up and gone), it stays comparable
/// between buckets with few or many samples, and two parts of a bucket merge by weighting each with the time it covers;
/// the growth over the measured time is still rate × <see cref="IoRates.Seconds"/>.
/// </summary>
public sealed record MetricRollup(
    string Server,
    DateTimeOffset At,
    int Samples,
    int CpuSamples,
    double? CpuMin,
    double? CpuAverage,
    double? CpuMax,
    long MemoryMin,
    long MemoryAverage,
    long MemoryMax,
    long? MemoryLimitBytes,
    IoRates? Io = null)
{
    public static readonly TimeSpan Bucket = TimeSpan.FromMinutes(15);

    /// <summary>The start of the bucket holding <paramref name="at"/>, in UTC.</summary>
    public static DateTimeOffset BucketOf(DateTimeOffset at) => new(at.UtcTicks - (at.UtcTicks % Bucket.Ticks), TimeSpan.Zero);

    /// <summary>One roll-up per server and bucket of <paramref name="samples"/>.</summary>
    public static IEnumerable<MetricRollup> Of(IEnumerable<MetricSample> samples) =>
        samples.GroupBy(s => (s.Server, At: BucketOf(s.At))).Select(bucket => Of(bucket.Key.Server, bucket.Key.At, [.. bucket]));

    /// <summary>The point a raw sample is read as: minimum = average = maximum, no span.</summary>
    public static MetricPoint RawPoint(MetricSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        return new MetricPoint(sample.At, TimeSpan.Zero, sample.CpuPercent, sample.CpuPercent, sample.CpuPercent,
            sample.MemoryBytes, sample.MemoryBytes, sample.MemoryBytes, sample.MemoryLimitBytes);
    }

    /// <summary>The points raw samples of one server are read as, oldest first, each with its I/O since the sample before it.</summary>
    public static IReadOnlyList<MetricPoint> RawPoints(IEnumerable<MetricSample> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var ordered = samples.OrderBy(s => s.At).ToList();
        return [.. ordered.Select((s, i) => RawPoint(s) with { Io = i == 0 ? null : IoRates.Of([ordered[i - 1], s]) })];
    }

    public MetricPoint ToPoint() =>
        new(At, Bucket, CpuMin, CpuAverage, CpuMax, MemoryMin, MemoryAverage, MemoryMax, MemoryLimitBytes, Io);

    /// <summary>This bucket with the samples of <paramref name="other"/> (the same server and bucket) added, averages weighted by sample counts.</summary>
    public MetricRollup Merge(MetricRollup other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var samples = Samples + other.Samples;
        var cpuSamples = CpuSamples + other.CpuSamples;
        return this with
        {
            Samples = samples,
            CpuSamples = cpuSamples,
            CpuMin = Min(CpuMin, other.CpuMin),
            CpuAverage = cpuSamples == 0 ? null : (((CpuAverage ?? 0) * CpuSamples) + ((other.CpuAverage ?? 0) * other.CpuSamples)) / cpuSamples,
            CpuMax = Max(CpuMax, other.CpuMax),
            MemoryMin = Math.Min(MemoryMin, other.MemoryMin),
            MemoryAverage = (long)Math.Round((((double)MemoryAverage * Samples) + ((double)other.MemoryAverage * other.Samples)) / samples),
            MemoryMax = Math.Max(MemoryMax, other.MemoryMax),
            MemoryLimitBytes = other.MemoryLimitBytes ?? MemoryLimitBytes,
            Io = IoRates.Merge(Io, other.Io),
        };
    }

    private static MetricRollup Of(string server, DateTimeOffset at, IReadOnlyList<MetricSample> samples)
    {
        var cpu = samples.Where(s => s.CpuPercent is not null).Select(s => s.CpuPercent!.Value).ToList();
        return new MetricRollup(
            server,
            at,
            samples.Count,
            cpu.Count,
            cpu.Count == 0 ? null : cpu.Min(),
            cpu.Count == 0 ? null : cpu.Average(),
            cpu.Count == 0 ? null : cpu.Max(),
            samples.Min(s => s.MemoryBytes),
            (long)Math.Round(samples.Average(s => (double)s.MemoryBytes)),
            samples.Max(s => s.MemoryBytes),
            samples.OrderBy(s => s.At).LastOrDefault(s => s.MemoryLimitBytes is not null)?.MemoryLimitBytes,
            IoRates.Of(samples));
    }

    private static double? Min(double? a, double? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);

    private static double? Max(double? a, double? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);
}
