using Microsoft.Extensions.Options;
using ServerStatus.Application.Board;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Games;
using ServerStatus.Application.Metrics;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Servers.GetServerStatus;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Board;
using ServerStatus.Domain.Permissions;
using ServerStatus.Domain.Servers;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Application.Games;

public sealed class PlayerLookupTests
{
    private readonly InMemoryContainerEngine _engine = new();
    private readonly InMemoryPlayerCounts _players = new();
    private readonly CurrentActor _actor = new();

    public PlayerLookupTests() => _actor.Authorize(EffectiveRights.Administrator);

    [Fact]
    public async Task AsksOnlyTheRunningServersWithAPlayerSource()
    {
        var mc = _engine.Add("mc");
        var stopped = _engine.Add("stopped", ServerState.Exited);
        var web = _engine.Add("web");
        _engine.GivePlayerSource("mc");
        _engine.GivePlayerSource("stopped");
        _players.Set(mc, PlayerReading.Known(new PlayerCount(2, 10, [])));

        var overview = (StatusOverview)(await Handler().Handle(new GetServerStatus([]), default)).Value;

        overview.Players.Keys.ShouldBe(["local/mc"]);
        overview.Players["local/mc"].Count.ShouldNotBeNull().Online.ShouldBe(2);
        _players.Asked.Keys.ShouldBe([mc]);
        _players.Asked.ShouldNotContainKey(stopped);
        _players.Asked.ShouldNotContainKey(web);
    }

    [Fact]
    public async Task AsksNoOne_WhenNoServerHasAPlayerSource()
    {
        _engine.Add("mc");
        _engine.Add("web");

        var overview = (StatusOverview)(await Handler().Handle(new GetServerStatus([]), default)).Value;

        overview.Players.ShouldBeEmpty();
        _players.Asked.ShouldBeEmpty();
        _engine.ListCalls.ShouldBe(1);
    }

    [Fact]
    public async Task PutsThePlayersOnTheCard()
    {
        var mc = _engine.Add("mc");
        _engine.GivePlayerSource("mc");
        _players.Set(mc, PlayerReading.Unknown);

        var card = (ServerCard)(await Handler().Handle(new GetServerStatus(["mc"]), default)).Value;

        card.Players.ShouldBe(PlayerReading.Unknown);
    }

    [Fact]
    public async Task PutsThePlayersOnEveryBoard_AskingEachServerOnce()
    {
        var mc = _engine.Add("mc");
        _engine.GivePlayerSource("mc");
        _players.Set(mc, PlayerReading.Known(new PlayerCount(4, 8, [])));
        var boards = new InMemoryStatusBoardStore();
        await boards.AddAsync(StatusBoard.Create(1, null, 7, DateTimeOffset.UnixEpoch), default);
        await boards.AddAsync(StatusBoard.Create(2, ["local/mc"], 7, DateTimeOffset.UnixEpoch), default);
        var handler = new GetBoardContentsHandler(
            boards, _engine, new MaintenanceLookup(new InMemoryMaintenanceRepository(), TimeProvider.System), new InMemoryMetricsStore(),
            Options.Create(new MetricsOptions()), TimeProvider.System, new PlayerLookup(_players));

        var contents = (await handler.Handle(new GetBoardContents(), default)).Value;

        contents.Count.ShouldBe(2);
        contents.ShouldAllBe(c => c.Overview.Players["local/mc"].Count!.Online == 4);
        _players.Asked[mc].ShouldBe(1);
    }

    private GetServerStatusHandler Handler()
    {
        var maintenance = new MaintenanceLookup(new InMemoryMaintenanceRepository(), TimeProvider.System);
        var lookup = new PlayerLookup(_players);
        var cards = new ServerCards(_engine, new ServerResolver(_actor), _actor, maintenance, new InMemoryMetricsStore(), Options.Create(new MetricsOptions()), TimeProvider.System, lookup);
        return new GetServerStatusHandler(_engine, new ServerResolver(_actor), cards, _actor, new DiscoveryHint(), maintenance, lookup);
    }
}
