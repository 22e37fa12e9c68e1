namespace ServerStatus.Application.Metrics;

/// <summary>
/// What the engine's stats say at one moment: CPU time counters (nanoseconds since the container and the host started),
/// memory in use and its limit, and the network and block I/O totals. CPU % needs two readings (<see cref="CpuPercentSince"/>).
/// </summary>
public sealed record ResourceReading(
    ulong CpuTotalNanos,
    ulong SystemCpuNanos,
    uint OnlineCpus,
    long MemoryBytes,
    long? MemoryLimitBytes,
    long NetworkReceivedBytes,
    long NetworkSentBytes,
    long BlockReadBytes,
    long BlockWrittenBytes)
{
    /// <summary>
    /// CPU % between <paramref name="previous"/> and this reading as <c>docker stats</c> computes it (share of the host's
    /// CPU time, times online CPUs); null without a previous reading or when the counters went back (a restart).
    /// </summary>
    public double? CpuPercentSince(ResourceReading? previous)
    {
        if (previous is null || CpuTotalNanos < previous.CpuTotalNanos || SystemCpuNanos <= previous.SystemCpuNanos)
        {
            return null;
        }

        var share = (double)(CpuTotalNanos - previous.CpuTotalNanos) / (SystemCpuNanos - previous.SystemCpuNanos);
        return share * Math.Max(1u, OnlineCpus) * 100.0;
    }
}
