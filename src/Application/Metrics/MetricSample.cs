namespace ServerStatus.Application.Metrics;

/// <summary>One resource sample of a running server, as the engine's stats give it (counters are totals since the container started).</summary>
public sealed record MetricSample(
    string Server,
    DateTimeOffset At,
    double? CpuPercent,
    long MemoryBytes,
    long? MemoryLimitBytes,
    long NetworkReceivedBytes,
    long NetworkSentBytes,
    long BlockReadBytes,
    long BlockWrittenBytes);
