namespace ServerStatus.Application.Metrics;

/// <summary>
/// A point of a server's history: a raw sample (minimum = average = maximum) or a 15-minute roll-up of samples.
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
    long? MemoryLimitBytes);
