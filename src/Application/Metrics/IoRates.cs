namespace ServerStatus.Application.Metrics;

/// <summary>
/// A server's network and block I/O in bytes per second, measured over <see cref="Seconds"/> of the time between its
/// samples. The engine gives totals since the container started; a total that went back means the container started
/// again from zero, so its new value is all it did since.
/// </summary>
public sealed record IoRates(double NetworkReceived, double NetworkSent, double BlockRead, double BlockWritten, double Seconds)
{
    /// <summary>
    /// The rates over consecutive <paramref name="samples"/> of one server (any order): what the counters grew by between
    /// each sample and the one before it, divided by the time between them; null with fewer than two samples at different times.
    /// </summary>
    public static IoRates? Of(IEnumerable<MetricSample> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var ordered = samples.OrderBy(s => s.At).ToList();
        var (received, sent, read, written, seconds) = (0d, 0d, 0d, 0d, 0d);
        for (var i = 1; i < ordered.Count; i++)
        {
            var (before, after) = (ordered[i - 1], ordered[i]);
            received += Growth(before.NetworkReceivedBytes, after.NetworkReceivedBytes);
            sent += Growth(before.NetworkSentBytes, after.NetworkSentBytes);
            read += Growth(before.BlockReadBytes, after.BlockReadBytes);
            written += Growth(before.BlockWrittenBytes, after.BlockWrittenBytes);
            seconds += (after.At - before.At).TotalSeconds;
        }

        return seconds <= 0 ? null : new IoRates(received / seconds, sent / seconds, read / seconds, written / seconds, seconds);
    }

    /// <summary>The rates over the time of both, each weighted by the time it was measured over; null when both are.</summary>
    public static IoRates? Merge(IoRates? a, IoRates? b)
    {
        if (a is null || b is null)
        {
            return a ?? b;
        }

        var (weightA, weightB) = (a.Seconds, b.Seconds);
        var seconds = weightA + weightB;
        return new IoRates(
            Weighted(a.NetworkReceived, b.NetworkReceived),
            Weighted(a.NetworkSent, b.NetworkSent),
            Weighted(a.BlockRead, b.BlockRead),
            Weighted(a.BlockWritten, b.BlockWritten),
            seconds);

        double Weighted(double x, double y) => ((x * weightA) + (y * weightB)) / seconds;
    }

    private static long Growth(long before, long after) => after >= before ? after - before : after;
}
