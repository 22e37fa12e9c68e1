namespace ServerStatus.Application.Metrics;

/// <summary>
/// A point of a server's history: a raw sample (minimum = average = maximum) or a 15-minute roll-up of samples.
/// <see cref="Io"/> is the network and block I/O rate: since the sample before (raw; null for the first one read) or
/// over the roll-up's samples (null when it had one).
/// </summary>
public sealed record MetricPoint(
    DateTimeOffset At,
    TimeSpan Span,
    double? CpuMin,
    double? CpuAverage,
    double? CpuMax,
    long MemoryMin,
    long MemoryAverage,
    long MemoryMax,
    long? MemoryLimitBytes,
    IoRates? Io = null);
