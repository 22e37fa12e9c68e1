using Docker.DotNet.Models;
using ServerStatus.Application.Servers;

namespace ServerStatus.Infrastructure.Docker;

/// <summary>The <c>docker stats</c> formulas for CPU and memory.</summary>
public static class StatsMath
{
    public static ResourceUsage? Usage(ContainerStatsResponse sample) =>
        sample.MemoryStats is null
            ? null
            : new ResourceUsage(CpuPercent(sample.PreCPUStats, sample.CPUStats), MemoryInUse(sample.MemoryStats), LimitOrNull(sample.MemoryStats.Limit));

    /// <summary>Share of the host's CPU time between two samples, times online CPUs; null without a previous sample.</summary>
    public static double? CpuPercent(CPUStats? before, CPUStats? after)
    {
        if (before?.CPUUsage is null || after?.CPUUsage is null || before.SystemUsage is null or 0)
        {
            return null;
        }

        var cpuDelta = (double)after.CPUUsage.TotalUsage - before.CPUUsage.TotalUsage;
        var systemDelta = (double)(after.SystemUsage ?? 0) - before.SystemUsage.Value;
        var cpus = after.OnlineCPUs is > 0 ? after.OnlineCPUs.Value : (uint)(after.CPUUsage.PercpuUsage?.Count ?? 1);
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
}
