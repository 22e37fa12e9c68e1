using Docker.DotNet.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Metrics;
using ServerStatus.Domain.Servers;
using ServerStatus.Infrastructure.Docker;

namespace ServerStatus.Infrastructure.Metrics;

/// <summary>
/// <see cref="IResourceSampler"/> over the engine's one-shot stats (<c>stream=false, one-shot=true</c>: answered at once,
/// without the engine's previous CPU sample). A container that stopped, vanished or whose engine did not answer gives no
/// reading; the reason goes to the debug log.
/// </summary>
public sealed partial class DockerResourceSampler(DockerEngines engines, IOptions<DockerOptions> options, ILogger<DockerResourceSampler> logger)
    : IResourceSampler
{
    public async Task<ResourceReading?> SampleAsync(ServerId server, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(server);
        if (engines.Find(server.Engine) is not { } engine)
        {
            return null;
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(TimeSpan.FromSeconds(options.Value.RequestTimeoutSeconds));
        ContainerStatsResponse? response = null;
        try
        {
            var parameters = new ContainerStatsParameters { Stream = false, OneShot = true };
            await engine.Client.Containers.GetContainerStatsAsync(server.ContainerId, parameters, new SynchronousProgress<ContainerStatsResponse>(r => response = r), deadline.Token);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested && DockerFailures.IsEngineFailure(ex))
        {
            LogNoReading(ex, server.QualifiedName);
            return null;
        }

        return response is null ? null : Reading(response);
    }

    /// <summary>The counters of one stats answer; null when it has no memory figures (the container is not running).</summary>
    public static ResourceReading? Reading(ContainerStatsResponse stats)
    {
        ArgumentNullException.ThrowIfNull(stats);
        if (stats.MemoryStats is not { Usage: > 0 } memory)
        {
            return null;
        }

        var cpu = stats.CPUStats;
        var networks = stats.Networks?.Values ?? [];
        var io = stats.BlkioStats?.IoServiceBytesRecursive ?? [];
        return new ResourceReading(
            cpu?.CPUUsage?.TotalUsage ?? 0,
            cpu?.SystemUsage ?? 0,
            cpu?.OnlineCPUs is > 0 ? cpu.OnlineCPUs.Value : (uint)(cpu?.CPUUsage?.PercpuUsage?.Count ?? 1),
            StatsMath.MemoryInUse(memory),
            memory.Limit is > 0 and < long.MaxValue ? (long)memory.Limit.Value : null,
            Total(networks.Select(n => n.RxBytes)),
            Total(networks.Select(n => n.TxBytes)),
            Total(io.Where(e => string.Equals(e.Op, "read", StringComparison.OrdinalIgnoreCase)).Select(e => e.Value)),
            Total(io.Where(e => string.Equals(e.Op, "write", StringComparison.OrdinalIgnoreCase)).Select(e => e.Value)));
    }

    private static long Total(IEnumerable<ulong> values) => (long)Math.Min(values.Aggregate(0UL, (sum, v) => sum + v), long.MaxValue);

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "No resource reading of {Server}")]
    private partial void LogNoReading(Exception reason, string server);
}
