using ServerStatus.Application.Metrics;

namespace ServerStatus.UnitTests.Application.Metrics;

public sealed class ResourceReadingTests
{
    [Fact]
    public void ComputesCpuAsDockerStatsDoes_WhenThereIsAPreviousReading()
    {
        var before = Reading(cpu: 1_000_000_000, system: 10_000_000_000);
        var after = Reading(cpu: 1_500_000_000, system: 12_000_000_000, cpus: 4);

        after.CpuPercentSince(before).ShouldBe(100.0);
    }

    [Fact]
    public void HasNoCpu_WithoutAPreviousReadingOrWhenTheCountersWentBack()
    {
        var after = Reading(cpu: 1_000, system: 2_000);

        after.CpuPercentSince(null).ShouldBeNull();
        after.CpuPercentSince(Reading(cpu: 5_000, system: 1_000)).ShouldBeNull();
        after.CpuPercentSince(Reading(cpu: 500, system: 2_000)).ShouldBeNull();
    }

    private static ResourceReading Reading(ulong cpu, ulong system, uint cpus = 1) => new(cpu, system, cpus, 100, null, 0, 0, 0, 0);
}
