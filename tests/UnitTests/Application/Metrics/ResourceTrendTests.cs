using ServerStatus.Application.Metrics;

namespace ServerStatus.UnitTests.Application.Metrics;

public sealed class ResourceTrendTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AveragesThePointsAndTakesTheHighestPeak_IgnoringPointsWithoutCpu()
    {
        MetricPoint[] points =
        [
            new(At, MetricRollup.Bucket, 5, 10, 80, 100, 200, 900, null),
            new(At.AddMinutes(15), TimeSpan.Zero, null, null, null, 300, 300, 300, null),
            new(At.AddMinutes(16), TimeSpan.Zero, 30, 30, 30, 400, 400, 400, null),
        ];

        var trend = ResourceTrend.Of(points, ResourceTrend.CardSpan);

        trend.ShouldBe(new ResourceTrend(ResourceTrend.CardSpan, 20, 80, 300, 900));
    }

    [Fact]
    public void IsNull_WhenThereIsNoHistory() => ResourceTrend.Of([], ResourceTrend.CardSpan).ShouldBeNull();
}
