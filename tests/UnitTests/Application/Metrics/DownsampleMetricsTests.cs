using Microsoft.Extensions.Time.Testing;
using ServerStatus.Application.Metrics;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Application.Metrics;

public sealed class DownsampleMetricsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    private readonly InMemoryMetricsStore _store = new();

    [Fact]
    public async Task RollsUpSamplesOlderThan48Hours_AndDeletesRollupsOlderThanTheRetention()
    {
        await _store.AddAsync([Sample(Now.AddDays(-10)), Sample(Now.AddHours(-49)), Sample(Now.AddHours(-47))], default);

        var report = await new DownsampleMetricsHandler(_store, new FakeTimeProvider(Now)).Handle(new DownsampleMetrics(RetentionDays: 7), default);
        var points = await _store.ReadAsync("local/mc", Now.AddDays(-30), Now, default);

        report.Value.ShouldBe(new DownsampleReport(SamplesRolledUp: 2, RollupsWritten: 2, RollupsDeleted: 1));
        points.Select(p => (p.At, p.Span)).ShouldBe([(Now.AddHours(-49), MetricRollup.Bucket), (Now.AddHours(-47), TimeSpan.Zero)]);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(3650, true)]
    [InlineData(3651, false)]
    public void AcceptsRetentionsOf1To3650Days(int days, bool valid) =>
        new DownsampleMetricsValidator().Validate(new DownsampleMetrics(days)).IsValid.ShouldBe(valid);

    private static MetricSample Sample(DateTimeOffset at) => new("local/mc", at, 1, 1, null, 0, 0, 0, 0);
}
