using Docker.DotNet.Models;
using ServerStatus.Application.Metrics;
using ServerStatus.Infrastructure.Metrics;

namespace ServerStatus.UnitTests.Infrastructure.Metrics;

public sealed class DockerResourceSamplerTests
{
    [Fact]
    public void ReadsTheCountersOfAStatsAnswer_SummingNetworksAndBlockIoByOperation()
    {
        var stats = new ContainerStatsResponse
        {
            CPUStats = new CPUStats { CPUUsage = new CPUUsage { TotalUsage = 5_000 }, SystemUsage = 90_000, OnlineCPUs = 2 },
            MemoryStats = new MemoryStats { Usage = 10_000, Limit = 64_000, Stats = new Dictionary<string, ulong> { ["inactive_file"] = 4_000 } },
            Networks = new Dictionary<string, NetworkStats> { ["eth0"] = new() { RxBytes = 10, TxBytes = 20 }, ["eth1"] = new() { RxBytes = 1, TxBytes = 2 } },
            BlkioStats = new BlkioStats
            {
                IoServiceBytesRecursive = [new() { Op = "read", Value = 100 }, new() { Op = "Write", Value = 200 }, new() { Op = "Read", Value = 5 }, new() { Op = "sync", Value = 999 }],
            },
        };

        var reading = DockerResourceSampler.Reading(stats);

        reading.ShouldBe(new ResourceReading(5_000, 90_000, 2, 6_000, 64_000, 11, 22, 105, 200));
    }

    [Fact]
    public void HasNoReading_WhenTheAnswerHasNoMemoryFigures() =>
        DockerResourceSampler.Reading(new ContainerStatsResponse { MemoryStats = new MemoryStats() }).ShouldBeNull();
}
