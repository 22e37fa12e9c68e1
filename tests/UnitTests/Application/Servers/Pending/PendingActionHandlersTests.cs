using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ServerStatus.Application.Common;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Games;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Servers.Announcements;
using ServerStatus.Application.Servers.Pending;
using ServerStatus.Domain.Permissions;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Application.Servers.Pending;

/// <summary>The pending-action use cases over in-process fakes of their ports; the run itself (through the mediator, as the requester) is tested end to end.</summary>
public sealed class PendingActionHandlersTests : IDisposable
{
    private const ulong Requester = 1;
    private const ulong Other = 2;

    private readonly InMemoryContainerEngine _engine = new();
    private readonly InMemoryPendingActionStore _store = new();
    private readonly ScriptedPlayerCounts _players = new();
    private readonly RecordingPendingActionTimer _timer = new();
    private readonly PendingActionSignals _signals = new();
    private readonly RecordingNotifier _notifier = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero));
    private readonly ServiceProvider _unused = new ServiceCollection().BuildServiceProvider();

    public PendingActionHandlersTests()
    {
        _engine.Add("mc", openStdin: true);
        _engine.Labels["mc"] = new() { [ConsoleAnnouncer.Label] = "say {message}" };
    }

    public void Dispose() => _unused.Dispose();

    [Fact]
    public async Task ACountdown_IsStored_AndWokenAtOnce()
    {
        var result = await ScheduleAsync(Requester, new SchedulePowerAction(PowerAction.Restart, "mc", TimeSpan.FromMinutes(5), null, "map reset"));

        var pending = result.Value.Pending.ShouldNotBeNull();
        (pending.Server, pending.DueAt, pending.Reason, result.Value.Announces, result.Value.Replaced).ShouldBe(("local/mc", _time.GetUtcNow().AddMinutes(5), "map reset", true, false));
        (await _store.ListAsync(default)).ShouldHaveSingleItem().Id.ShouldBe(pending.Id);
        _timer.WakeUps.ShouldBe([(pending.Id, _time.GetUtcNow())]);
    }

    [Fact]
    public async Task ANewAction_ReplacesTheServersPendingOne_AndTellsItsReply()
    {
        var first = (await ScheduleAsync(Requester, new SchedulePowerAction(PowerAction.Stop, "mc", TimeSpan.FromMinutes(5), null, null))).Value.Pending!;
        var waiting = _signals.WaitAsync(first.Id, TimeSpan.FromMinutes(1), TimeProvider.System, default);

        var second = await ScheduleAsync(Requester, new SchedulePowerAction(PowerAction.Restart, "mc", TimeSpan.FromMinutes(1), null, null));

        second.Value.Replaced.ShouldBeTrue();
        (await _store.ListAsync(default)).ShouldHaveSingleItem().Id.ShouldBe(second.Value.Pending!.Id);
        (await waiting).ShouldNotBeNull().End.ShouldBe(PendingEnd.Replaced);
    }

    [Fact]
    public async Task WhenEmpty_WithoutAPlayerSource_SaysSo_AndSchedulesNothing()
    {
        var result = await ScheduleAsync(Requester, new SchedulePowerAction(PowerAction.Restart, "mc", null, null, null));

        result.Errors.ShouldHaveSingleItem().Message.ShouldContain("has no player source");
        (await _store.ListAsync(default)).ShouldBeEmpty();
        _timer.WakeUps.ShouldBeEmpty();
    }

    [Fact]
    public async Task ACountdown_AnnouncesItsMarksInGame_AndWakesAtEachNext()
    {
        var pending = (await ScheduleAsync(Requester, new SchedulePowerAction(PowerAction.Restart, "mc", TimeSpan.FromMinutes(1), null, "update"))).Value.Pending!;

        (await AdvanceAsync(pending.Id)).Value.ShouldStartWith("next step at");
        _time.SetUtcNow(_timer.WakeUps[^1].At);
        await AdvanceAsync(pending.Id);
        _time.SetUtcNow(_timer.WakeUps[^1].At);
        await AdvanceAsync(pending.Id);

        _engine.ConsoleLines.ShouldBe([
            "local/mc: say Server restarting in 1 minute: update",
            "local/mc: say Server restarting in 30 seconds: update",
            "local/mc: say Server restarting in 10 seconds: update",
        ]);
        _timer.WakeUps[^1].At.ShouldBe(pending.DueAt);
        _engine.Actions.ShouldNotContain("restart local/mc");
    }

    [Fact]
    public async Task AServerWithoutTheLabel_AnnouncesNothing_ButStillWaits()
    {
        _engine.Labels.Clear();
        var result = await ScheduleAsync(Requester, new SchedulePowerAction(PowerAction.Stop, "mc", TimeSpan.FromMinutes(1), null, null));

        await AdvanceAsync(result.Value.Pending!.Id);

        result.Value.Announces.ShouldBeFalse();
        _engine.ConsoleLines.ShouldBeEmpty();
        _timer.WakeUps[^1].At.ShouldBe(_time.GetUtcNow().AddSeconds(30));
    }

    [Fact]
    public async Task WhenEmpty_WaitsWhilePlayersAreOnline_ThenFallsBackToTheShortestMarkAtTheMax()
    {
        _players.Script("local/mc", ScriptedPlayerCounts.Online(3));
        var pending = (await ScheduleAsync(Requester, new SchedulePowerAction(PowerAction.Restart, "mc", null, TimeSpan.FromMinutes(1), null))).Value.Pending!;

        (await AdvanceAsync(pending.Id)).Value.ShouldBe("3 player(s) online; waiting");
        _timer.WakeUps[^1].At.ShouldBe(_time.GetUtcNow().AddSeconds(15));
        _engine.ConsoleLines.ShouldBeEmpty();

        _time.Advance(TimeSpan.FromMinutes(1));
        await AdvanceAsync(pending.Id);

        _engine.ConsoleLines.ShouldBe(["local/mc: say Server restarting in 10 seconds"]);
        _timer.WakeUps[^1].At.ShouldBe(_time.GetUtcNow().AddSeconds(10));
        (await _store.FindAsync(pending.Id, default)).ShouldNotBeNull().Wait.ShouldBe(PendingWait.Countdown);
    }

    [Fact]
    public async Task OnlyTheRequesterOrAnAdmin_MayCancel_AndPlayersHearItIsOff()
    {
        var pending = (await ScheduleAsync(Requester, new SchedulePowerAction(PowerAction.Restart, "mc", TimeSpan.FromMinutes(5), null, null))).Value.Pending!;
        await AdvanceAsync(pending.Id);

        var refused = await CancelAsync(Other, isAdmin: false, new CancelPendingAction("mc"));
        var byButton = await CancelAsync(Other, isAdmin: false, new CancelPendingAction(null, pending.Id));
        var cancelled = await CancelAsync(Requester, isAdmin: false, new CancelPendingAction("mc"));

        refused.Errors.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Denied);
        refused.Errors[0].Message.ShouldBe("Only <@1>, who asked for it, or an admin can cancel the pending restart of `mc`.");
        byButton.Errors.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Denied);
        cancelled.Value.CancelledBy.ShouldBe(Requester);
        (await _store.ListAsync(default)).ShouldBeEmpty();
        _engine.ConsoleLines[^1].ShouldBe("local/mc: say The announced restart was cancelled.");
        (await CancelAsync(Requester, isAdmin: false, new CancelPendingAction("mc"))).Errors[0].Message.ShouldBe("`mc` has no pending restart or stop.");
    }

    [Fact]
    public async Task PlayersHearItIsOff_WhenItIsCancelledWhileItsFirstAnnouncementIsBeingSaid()
    {
        var pending = (await ScheduleAsync(Requester, new SchedulePowerAction(PowerAction.Restart, "mc", TimeSpan.FromMinutes(5), null, null))).Value.Pending!;
        Result<CancelledAction>? cancelled = null;
        _engine.WhileConsoleReads = _ =>
        {
            _engine.WhileConsoleReads = null;
            cancelled = CancelAsync(Requester, isAdmin: false, new CancelPendingAction("mc")).GetAwaiter().GetResult();
        };

        (await AdvanceAsync(pending.Id)).Value.ShouldBe("cancelled while announcing");

        cancelled.ShouldNotBeNull().IsSuccess.ShouldBeTrue();
        _engine.ConsoleLines.ShouldBe(["local/mc: say Server restarting in 5 minutes", "local/mc: say The announced restart was cancelled."]);
    }

    [Fact]
    public async Task AnAdmin_MayCancelAnyonesAction_AndAStaleButtonSaysItIsOver()
    {
        var pending = (await ScheduleAsync(Requester, new SchedulePowerAction(PowerAction.Stop, "mc", TimeSpan.FromMinutes(5), null, null))).Value.Pending!;

        (await CancelAsync(Other, isAdmin: true, new CancelPendingAction(null, pending.Id))).IsSuccess.ShouldBeTrue();

        (await CancelAsync(Requester, isAdmin: false, new CancelPendingAction(null, pending.Id))).Errors[0].Message.ShouldStartWith("This countdown is over");
    }

    [Fact]
    public async Task Pending_ListsOnlyWhatTheUserMaySee()
    {
        _engine.Add("web", openStdin: true);
        await ScheduleAsync(Requester, new SchedulePowerAction(PowerAction.Restart, "mc", TimeSpan.FromMinutes(5), null, null));
        await ScheduleAsync(Requester, new SchedulePowerAction(PowerAction.Restart, "web", TimeSpan.FromMinutes(1), null, "deploy"));

        var all = await new ListPendingActionsHandler(_store, _engine, Actor(Other, isAdmin: true)).Handle(new ListPendingActions(), default);
        var some = await new ListPendingActionsHandler(_store, _engine, Actor(Other, isAdmin: false, Grants.ToUser(Other, Permission.Status, "web"))).Handle(new ListPendingActions(), default);

        all.Value.Select(p => p.Server).ShouldBe(["local/web", "local/mc"]);
        some.Value.ShouldHaveSingleItem().Reason.ShouldBe("deploy");
    }

    private async Task<Result<ScheduledPowerAction>> ScheduleAsync(ulong user, SchedulePowerAction command)
    {
        var actor = Actor(user, isAdmin: false, Grants.ToUser(user, Permission.Restart), Grants.ToUser(user, Permission.Stop));
        var handler = new SchedulePowerActionHandler(
            new SingleServerLookup(_engine, new ServerResolver(actor)), _players, Announcer(), _store, _timer, _signals,
            Sender, actor, Options.Create(new AnnouncementOptions()), _time);
        return await handler.Handle(command, default);
    }

    private async Task<Result<string>> AdvanceAsync(Guid id) =>
        await new AdvancePendingActionHandler(_store, _engine, _players, Announcer(), _timer, _signals, Sender, _notifier,
            Options.Create(new GamesOptions()), _time).Handle(new AdvancePendingAction(id), default);

    private async Task<Result<CancelledAction>> CancelAsync(ulong user, bool isAdmin, CancelPendingAction command)
    {
        var actor = Actor(user, isAdmin, Grants.ToUser(user, Permission.Status));
        return await new CancelPendingActionHandler(_store, _engine, new ServerResolver(actor), actor, Announcer(), _signals)
            .Handle(command, default);
    }

    // Never called on these paths (only a run sends a message); the run is covered end to end.
    private ActorScopedSender Sender => new(_unused.GetRequiredService<IServiceScopeFactory>());

    private static CurrentActor Actor(ulong user, bool isAdmin, params Grant[] grants)
    {
        var actor = new CurrentActor();
        actor.Set(ServerStatus.Application.Common.Security.Actor.InGuild(user, [], 100, 200));
        actor.Authorize(EffectiveRights.For(user, [], isAdmin, grants));
        return actor;
    }

    private ConsoleAnnouncer Announcer() => new(_engine, _time, Options.Create(new AnnouncementOptions()));
}
