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
}
