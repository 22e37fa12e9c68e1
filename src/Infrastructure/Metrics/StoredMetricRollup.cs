namespace ServerStatus.Infrastructure.Metrics;

/// <summary>A 15-minute roll-up as stored (table <c>MetricRollups</c>, one row per server and bucket).</summary>
public sealed class StoredMetricRollup
{
    public long Id { get; set; }

    public string Server { get; set; } = "";

    public DateTimeOffset At { get; set; }

    public int Samples { get; set; }

    public int CpuSamples { get; set; }

    public double? CpuMin { get; set; }

    public double? CpuAverage { get; set; }

    public double? CpuMax { get; set; }

    public long MemoryMin { get; set; }

    public long MemoryAverage { get; set; }

    public long MemoryMax { get; set; }

    public long? MemoryLimitBytes { get; set; }

    /// <summary>Network and block I/O in bytes per second over <see cref="IoSeconds"/> of the bucket; null when it had one sample.</summary>
    public double? NetworkReceivedRate { get; set; }

    public double? NetworkSentRate { get; set; }

    public double? BlockReadRate { get; set; }

    public double? BlockWrittenRate { get; set; }

    /// <summary>The time between the bucket's samples the rates were measured over (their weight when a late sample merges).</summary>
    public double IoSeconds { get; set; }
}
