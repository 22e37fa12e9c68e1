using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Metrics;

/// <summary>One resource reading of a server, taken now from its engine (one call, no waiting for a second sample).</summary>
public interface IResourceSampler
{
    /// <summary>The server's counters now; null when it is not running any more, is gone or its engine did not answer.</summary>
    Task<ResourceReading?> SampleAsync(ServerId server, CancellationToken ct);
}
