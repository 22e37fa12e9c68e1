using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Metrics;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Games;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Servers.GetServerStatus;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Permissions;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Application.Servers;

public sealed class GetServerStatusHandlerTests
{
    private readonly InMemoryContainerEngine _engine = new();
    private readonly CurrentActor _actor = new();
    private readonly DiscoveryHint _hint = new();
    private readonly InMemoryPlayerCounts _players = new();

    private readonly InMemoryMaintenanceRepository _maintenance = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));

    private MaintenanceLookup Lookup => new(_maintenance, _time);

    private GetServerStatusHandler Handler => new(_engine, new ServerResolver(_actor), new ServerCards(_engine, new ServerResolver(_actor), _actor, Lookup, new InMemoryMetricsStore(), Options.Create(new MetricsOptions()), TimeProvider.System, new PlayerLookup(_players)), _actor, _hint, Lookup, new PlayerLookup(_players));

    [Fact]
    public async Task SuggestsNarrowingDiscovery_OnceToAnAdmin_WhenEveryContainerIsListedAndThereAreMany()
    {
        _engine.EveryContainer = true;
        foreach (var i in Enumerable.Range(0, DiscoveryHint.ManyServers + 1))
        {
            _engine.Add($"c{i}");
        }

        _actor.Authorize(EffectiveRights.For(1, [], false, [Grants.ToUser(1, Permission.Status, "*")]));
        var user = await Handler.Handle(new GetServerStatus([]), default);
        _actor.Authorize(EffectiveRights.Administrator);
        var first = await Handler.Handle(new GetServerStatus([]), default);
        var second = await Handler.Handle(new GetServerStatus([]), default);

        user.Value.ShouldBeOfType<StatusOverview>().SuggestNarrowing.ShouldBeFalse();
        first.Value.ShouldBeOfType<StatusOverview>().SuggestNarrowing.ShouldBeTrue();
        second.Value.ShouldBeOfType<StatusOverview>().SuggestNarrowing.ShouldBeFalse();
    }

    [Theory]
    [InlineData(true, DiscoveryHint.ManyServers)]
    [InlineData(false, DiscoveryHint.ManyServers + 10)]
    public async Task LeavesTheHintOut_WhenTheListIsShortOrAlreadyNarrowed(bool everyContainer, int servers)
    {
        _engine.EveryContainer = everyContainer;
        foreach (var i in Enumerable.Range(0, servers))
        {
            _engine.Add($"c{i}");
        }

        _actor.Authorize(EffectiveRights.Administrator);

        var overview = await Handler.Handle(new GetServerStatus([]), default);

        overview.Value.ShouldBeOfType<StatusOverview>().SuggestNarrowing.ShouldBeFalse();
    }

    [Fact]
    public async Task ListsVisibleServersSortedByName_WithoutRecordingDenials()
    {
        _engine.Add("zeta");
        _engine.Add("Alpha");
        _engine.Add("hidden");
        _actor.Authorize(EffectiveRights.For(1, [], false, [Grants.ToUser(1, Permission.Status, "zeta"), Grants.ToUser(1, Permission.Status, "alpha")]));

        var result = await Handler.Handle(new GetServerStatus([]), default);

        result.Value.ShouldBeOfType<StatusOverview>().Servers.Select(s => s.Id.Name).ShouldBe(["Alpha", "zeta"]);
        _actor.DeniedServers.ShouldBeEmpty();
    }

    [Fact]
    public async Task ShowsTheLogTail_OnlyWhenTheActorMayReadLogs()
    {
        _engine.Add("mc");
        _engine.Logs["mc"] = ["1", "2", "3", "4", "5", "6"];
        _actor.Authorize(EffectiveRights.For(1, [], false, [Grants.ToUser(1, Permission.Status), Grants.ToUser(1, Permission.Logs, "mc")]));

        var card = (await Handler.Handle(new GetServerStatus(["mc"]), default)).Value.ShouldBeOfType<ServerCard>();

        card.LogTail.ShouldBe(["2", "3", "4", "5", "6"]);
    }

    [Fact]
    public async Task OmitsTheLogTail_WithoutTheLogsPermission()
    {
        _engine.Add("mc");
        _engine.Logs["mc"] = ["secret line"];
        _actor.Authorize(EffectiveRights.For(1, [], false, [Grants.ToUser(1, Permission.Status)]));

        var card = (await Handler.Handle(new GetServerStatus(["mc"]), default)).Value.ShouldBeOfType<ServerCard>();

        card.LogTail.ShouldBeNull();
    }

    [Fact]
    public async Task ListsFoundServersAndNamesTheRest_WhenSeveralNamesAreGiven()
    {
        _engine.Add("a");
        _engine.Add("b");
        _actor.Authorize(EffectiveRights.Administrator);

        var overview = (await Handler.Handle(new GetServerStatus(["b", "nope", "a"]), default)).Value.ShouldBeOfType<StatusOverview>();

        overview.Servers.Select(s => s.Id.Name).ShouldBe(["a", "b"]);
        overview.Unresolved.ShouldHaveSingleItem().Server.ShouldBe("nope");
    }

    [Fact]
    public async Task FailsWithNotFound_WhenTheOneNamedServerIsMissing()
    {
        _actor.Authorize(EffectiveRights.Administrator);

        var result = await Handler.Handle(new GetServerStatus(["ghost"]), default);

        result.IsSuccess.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().Message.ShouldBe("No server named `ghost`.");
    }
}
