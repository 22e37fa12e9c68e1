using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Games;
using ServerStatus.Application.Metrics;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Servers.GetServerStatus;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Permissions;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Application.Metrics;

public sealed class ServerCardTrendTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    private readonly InMemoryContainerEngine _engine = new();
    private readonly InMemoryMetricsStore _store = new();
    private readonly CurrentActor _actor = new();
    private readonly FakeTimeProvider _time = new(Now);

    public ServerCardTrendTests() => _actor.Authorize(EffectiveRights.Administrator);

    [Fact]
    public async Task HasTheTrendOfTheLast24Hours_WhenTheServerHasHistory()
    {
        _engine.Add("mc");
        await _store.AddAsync(
        [
            Sample(Now.AddHours(-25), cpu: 99, memory: 9999), Sample(Now.AddHours(-2), cpu: 10, memory: 100),
            Sample(Now.AddHours(-1), cpu: 30, memory: 300), Sample(Now.AddHours(-1), cpu: 5, memory: 50, server: "local/web"),
        ], default);

        var card = await ReadAsync("mc");

        card.Trend.ShouldBe(new ResourceTrend(ResourceTrend.CardSpan, 20, 30, 200, 300));
    }

    [Fact]
    public async Task HasNoTrend_WhenTheServerHasNoHistory()
    {
        _engine.Add("mc");

        var card = await ReadAsync("mc");

        card.Trend.ShouldBeNull();
    }

    [Fact]
    public async Task ShowsTheLatestStoredCpu_WhenTheEngineHasNotMeasuredTheServerYet()
    {
        _engine.Add("mc");
        await _store.AddAsync([Sample(Now.AddSeconds(-90), cpu: 10, memory: 100), Sample(Now.AddSeconds(-30), cpu: 42, memory: 400)], default);

        var card = await ReadAsync("mc");

        card.Details.Usage.ShouldBe(new ResourceUsage(42, 400, null));
        card.IsMeasuring().ShouldBeFalse();
    }

    [Fact]
    public async Task KeepsMeasuring_WhenTheLatestStoredSampleIsNoLongerCurrent()
    {
        _engine.Add("mc");
        await _store.AddAsync([Sample(Now.AddSeconds(-91), cpu: 42, memory: 400)], default);

        var card = await ReadAsync("mc");

        card.Details.Usage.ShouldBeNull();
        card.IsMeasuring().ShouldBeTrue();
    }

    private async Task<ServerCard> ReadAsync(string name)
    {
        var maintenance = new MaintenanceLookup(new InMemoryMaintenanceRepository(), _time);
        var cards = new ServerCards(_engine, new ServerResolver(_actor), _actor, maintenance, _store, Options.Create(new MetricsOptions()), _time, new PlayerLookup(new InMemoryPlayerCounts()));
        var card = await cards.ReadAsync(await _engine.ListServersAsync(default), name, Permission.Status, default);
        return card.Value;
    }

    private static MetricSample Sample(DateTimeOffset at, double cpu, long memory, string server = "local/mc") =>
        new(server, at, cpu, memory, null, 0, 0, 0, 0);
}
