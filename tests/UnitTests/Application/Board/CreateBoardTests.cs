using Microsoft.Extensions.Time.Testing;
using ServerStatus.Application.Board;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Permissions;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Application.Board;

public sealed class CreateBoardTests
{
    private const ulong Member = 42;
    private readonly InMemoryContainerEngine _engine = new();
    private readonly InMemoryStatusBoardStore _boards = new();
    private readonly CurrentActor _actor = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 16, 0, 0, TimeSpan.Zero));

    public CreateBoardTests()
    {
        _engine.Add("mc");
        _engine.Add("web");
        _engine.Add("secret");
        _actor.Set(Actor.InGuild(Member, [], 1, 2));
        _actor.Authorize(EffectiveRights.For(Member, [], false, [Grants.ToUser(Member, Permission.Status, "mc"), Grants.ToUser(Member, Permission.Status, "web")]));
    }

    private CreateBoardHandler Handler => new(new WatchTargets(_engine, new ServerResolver(_actor)), _engine, _boards, _actor, new ServerChangeSignal(), _time);

    [Fact]
    public async Task StoresTheNamedServersInTheChannelWhereItWasTyped_WhenTheMemberSeesThemAll()
    {
        var result = await Handler.Handle(new CreateBoard(null, ["mc", "web"]), default);

        result.IsSuccess.ShouldBeTrue();
        var board = _boards.Boards.ShouldHaveSingleItem();
        (board.ChannelId, board.CreatedBy).ShouldBe((2UL, Member));
        board.Servers.ShouldBe(["local/mc", "local/web"]);
    }

    [Fact]
    public async Task RefusesLikeAMissingServer_WhenOneNamedServerIsHiddenFromTheMember()
    {
        var result = await Handler.Handle(new CreateBoard(9, ["mc", "secret"]), default);

        result.Outcome.ShouldBe(Outcome.NotFound);
        _boards.Boards.ShouldBeEmpty();
    }

    [Fact]
    public async Task StoresOnlyTheServersTheMemberSeesNow_WhenAMemberAsksForAll()
    {
        var result = await Handler.Handle(new CreateBoard(9, [WatchTargets.AllServers]), default);

        result.IsSuccess.ShouldBeTrue();
        var board = _boards.Boards.ShouldHaveSingleItem();
        board.ShowsAllServers.ShouldBeFalse();
        board.Servers.ShouldBe(["local/mc", "local/web"]);
    }

    [Fact]
    public async Task StoresAllServersIncludingLaterOnes_WhenAnAdminAsksForAll()
    {
        _actor.Authorize(EffectiveRights.Administrator);

        var result = await Handler.Handle(new CreateBoard(9, [WatchTargets.AllServers]), default);

        result.Value.Servers.ShouldBe([WatchTargets.AllServers]);
        _boards.Boards.ShouldHaveSingleItem().ShowsAllServers.ShouldBeTrue();
    }
}
