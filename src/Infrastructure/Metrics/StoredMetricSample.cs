namespace ServerStatus.Infrastructure.Metrics;

/// <summary>A raw resource sample as stored (table <c>MetricSamples</c>), kept until it is rolled up.</summary>
public sealed class StoredMetricSample
{
    public long Id { get; set; }

    public string Server { get; set; } = "";

    public DateTimeOffset At { get; set; }

    public double? CpuPercent { get; set; }

    public long MemoryBytes { get; set; }

    public long? MemoryLimitBytes { get; set; }

    public long NetworkReceivedBytes { get; set; }

    public long NetworkSentBytes { get; set; }

    public long BlockReadBytes { get; set; }

    public long BlockWrittenBytes { get; set; }
}
