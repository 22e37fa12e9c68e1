using Docker.DotNet.Models;
using ServerStatus.Infrastructure.Docker;

namespace ServerStatus.UnitTests.Infrastructure.Docker;

public sealed class StatsMathTests
{
    private static CPUStats Sample(ulong container, ulong system, uint cpus) =>
        new() { CPUUsage = new CPUUsage { TotalUsage = container }, SystemUsage = system, OnlineCPUs = cpus };

    [Fact]
    public void ComputesCpuLikeDockerStats()
    {
        var percent = StatsMath.CpuPercent(Sample(1_000, 10_000, 2), Sample(1_500, 12_000, 2));

        percent.ShouldBe(50.0); // 500 of 2000 host ticks on 2 CPUs = half a core
    }

    [Fact]
    public void HasNoCpuFigure_WithoutAFirstSample()
    {
        StatsMath.CpuPercent(null, Sample(1, 1, 1)).ShouldBeNull();
    }

    [Theory]
    [InlineData("inactive_file")]
    [InlineData("total_inactive_file")]
    public void SubtractsReclaimableCache_FromMemoryUsage(string cacheKey)
    {
        var memory = new MemoryStats { Usage = 10_000, Stats = new Dictionary<string, ulong> { [cacheKey] = 4_000 } };

        StatsMath.MemoryInUse(memory).ShouldBe(6_000);
    }
}
