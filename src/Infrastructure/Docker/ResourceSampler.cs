using Docker.DotNet;
using Docker.DotNet.Models;
using ServerStatus.Application.Servers.Common;

namespace ServerStatus.Infrastructure.Docker;

/// <summary>
/// CPU and memory of a running container from two one-shot stats samples a short interval apart
/// (one-shot stats carry no previous CPU sample, and a streamed sample takes a full second).
/// </summary>
public sealed class ResourceSampler(TimeProvider time)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(120);

    public async Task<ResourceUsage?> SampleAsync(IDockerClient client, string containerId, CancellationToken ct)
    {
        var first = await OneShotAsync(client, containerId, ct);
        await Task.Delay(Interval, time, ct);
        var second = await OneShotAsync(client, containerId, ct);
        if (second?.MemoryStats is null)
        {
            return null;
        }

        return new ResourceUsage(CpuPercent(first, second), MemoryInUse(second.MemoryStats), LimitOrNull(second.MemoryStats.Limit));
    }

    /// <summary>The <c>docker stats</c> formula: share of the host's CPU time, times online CPUs.</summary>
    public static double? CpuPercent(ContainerStatsResponse? before, ContainerStatsResponse after)
    {
        if (before?.CPUStats?.CPUUsage is null || after.CPUStats?.CPUUsage is null)
        {
            return null;
        }

        var cpuDelta = (double)after.CPUStats.CPUUsage.TotalUsage - before.CPUStats.CPUUsage.TotalUsage;
        var systemDelta = (double)(after.CPUStats.SystemUsage ?? 0) - (before.CPUStats.SystemUsage ?? 0);
        var cpus = after.CPUStats.OnlineCPUs is > 0 ? after.CPUStats.OnlineCPUs.Value : (uint)(after.CPUStats.CPUUsage.PercpuUsage?.Count ?? 1);
        return systemDelta > 0 && cpuDelta >= 0 ? cpuDelta / systemDelta * cpus * 100.0 : 0.0;
    }

    /// <summary>Usage minus the page cache that the kernel can drop, as <c>docker stats</c> shows it.</summary>
    public static long MemoryInUse(MemoryStats memory)
    {
        var usage = (long)(memory.Usage ?? 0);
        var stats = memory.Stats;
        var cache = stats is null ? 0UL
            : stats.TryGetValue("inactive_file", out var v2) ? v2
            : stats.TryGetValue("total_inactive_file", out var v1) ? v1
            : 0UL;
        return Math.Max(0, usage - (long)cache);
    }

    private static long? LimitOrNull(ulong? limit) => limit is > 0 and < long.MaxValue ? (long)limit.Value : null;

    private static async Task<ContainerStatsResponse?> OneShotAsync(IDockerClient client, string containerId, CancellationToken ct)
    {
        ContainerStatsResponse? sample = null;
        var parameters = new ContainerStatsParameters { Stream = false, OneShot = true };
        await client.Containers.GetContainerStatsAsync(containerId, parameters, new SynchronousProgress<ContainerStatsResponse>(s => sample = s), ct);
        return sample;
    }
}
