using ServerStatus.Application.Metrics;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Servers.GetServerStatus;
using ServerStatus.Domain.Servers;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.UnitTests.Presentation.Replies;

public sealed class StatusRepliesTrendTests
{
    private static readonly ServerId Id = new("local", "id", "mc");

    [Fact]
    public void ShowsCpuAndMemoryAverageAndPeak_WhenTheCardHasATrend()
    {
        var card = Card() with { Trend = new ResourceTrend(ResourceTrend.CardSpan, 12.3, 87.4, 512L * 1024 * 1024, 3L * 1024 * 1024 * 1024 / 2) };

        var field = StatusReplies.Card(card).Messages[0].Embeds[0].Fields.Single(f => f.Name == "Trend");

        field.Value.ShouldBe("CPU avg 12% / peak 87% · memory avg 512 MiB / peak 1.5 GiB in 24 h");
    }

    [Fact]
    public void ShowsOnlyMemory_WhenNoCpuWasMeasuredYet() =>
        StatusReplies.Trend(new ResourceTrend(ResourceTrend.CardSpan, null, null, 1024, 2048)).ShouldBe("memory avg 1 KiB / peak 2 KiB in 24 h");

    [Fact]
    public void ShowsNoTrend_WhenThereIsNoHistory() =>
        StatusReplies.Card(Card()).Messages[0].Embeds[0].Fields.ShouldNotContain(f => f.Name == "Trend");

    private static ServerCard Card() => new(
        new ServerSummary(Id, ServerState.Running, "Up", HealthStatus.None, null, "img", TimeSpan.FromSeconds(30)),
        new ServerDetails(Id, ServerState.Running, HealthStatus.None, "img", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, null, 0, null, null, null),
        null);
}
