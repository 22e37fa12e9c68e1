using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Updates;
using ServerStatus.Domain.Permissions;
using ServerStatus.Domain.Updates;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Application.Updates;

/// <summary>The check of servers for newer images: what is recorded and what the alert channel is shown, by the job and by <c>update check</c>.</summary>
public sealed class UpdateCheckerTests
{
    private const ulong AlertChannel = 500;
    private const ulong Member = 42;
    private const string Game = "127.0.0.1:5000/test/game:latest";
    private const string V1 = "sha256:1111111111111111111111111111111111111111111111111111111111111111";
    private const string V2 = "sha256:2222222222222222222222222222222222222222222222222222222222222222";
    private const string V3 = "sha256:3333333333333333333333333333333333333333333333333333333333333333";

    private readonly InMemoryContainerEngine _engine = new();
    private readonly InMemoryImageRegistry _registry = new();
    private readonly InMemoryPendingUpdateStore _store = new();
    private readonly RecordingUpdateAnnouncer _announcer = new();
    private readonly FixedAlertPolicy _alerts = new(AlertChannel);
    private readonly CurrentActor _actor = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 4, 6, 0, 0, TimeSpan.Zero));
    private readonly ServerStatus.Domain.Servers.ServerId _mc;

    public UpdateCheckerTests()
    {
        _mc = _engine.Add("mc");
        _engine.Add("web");
        _registry.Runs("local/mc", Game, V1);
        _registry.Runs("local/web", "127.0.0.1:5000/test/web:1", V1);
        _registry.Registry[Game] = new RegistryImage(V2, null);
        _registry.Registry["127.0.0.1:5000/test/web:1"] = new RegistryImage(V1, null);
        _actor.Set(Actor.InGuild(Member, [], 1, 2));
        _actor.Authorize(EffectiveRights.For(Member, [], false, [Grants.ToUser(Member, Permission.Status, "mc"), Grants.ToUser(Member, Permission.Update, "mc")]));
    }

    private UpdateChecker Checker => new(_registry, _store, _announcer, _alerts, _time);

    private Task<Result<UpdateSweep>> SweepAsync() =>
        new CheckForUpdatesHandler(_engine, Checker, _auto, _store, Options.Create(new UpdatesOptions()), _time).Handle(new CheckForUpdates(0), default).AsTask();

    private readonly RecordingAutoUpdate _auto = new();

    [Fact]
    public async Task HandsAServerLabelledAutoWithANewerImageToTheAutoUpdate_AndNoOther()
    {
        _registry.Runs("local/mc", Game, V1, UpdatePolicy.Auto);
        _registry.Runs("local/web", "127.0.0.1:5000/test/web:1", V1, UpdatePolicy.Auto);

        await SweepAsync();

        _auto.Asked.ShouldBe(["mc"]);
    }

    [Fact]
    public async Task NeverHandsANotifyServerToTheAutoUpdate()
    {
        await SweepAsync();

        _auto.Asked.ShouldBeEmpty();
    }

    private sealed class RecordingAutoUpdate : ServerStatus.Application.Updates.UpdateServer.IAutoUpdate
    {
        public List<string> Asked { get; } = [];

        public Task<ServerStatus.Application.Updates.UpdateServer.UpdateOutcome?> UpdateAsync(ServerSummary server, CancellationToken ct)
        {
            Asked.Add(server.Id.Name);
            return Task.FromResult<ServerStatus.Application.Updates.UpdateServer.UpdateOutcome?>(null);
        }
    }

    [Fact]
    public async Task RecordsAndAnnouncesANewerImageOnce_WhenTheJobFindsItTwice()
    {
        var first = await SweepAsync();
        await SweepAsync();

        first.Value.Servers[UpdateState.Newer].ShouldBe(1);
        first.Value.Servers[UpdateState.UpToDate].ShouldBe(1);
        var update = _store.Updates.ShouldHaveSingleItem();
        (update.Server, update.RunningDigest, update.NewDigest, update.MessageId).ShouldBe(("local/mc", V1, V2, 1001UL));
        var shown = _announcer.Shown.ShouldHaveSingleItem();
        (shown.Channel, shown.Edit, shown.Notice.Kind).ShouldBe((AlertChannel, false, UpdateNoticeKind.Available));
    }

    [Fact]
    public async Task EditsTheSameMessage_WhenAStillNewerImageComes()
    {
        await SweepAsync();
        _registry.Registry[Game] = new RegistryImage(V3, _time.GetUtcNow());

        await SweepAsync();

        _announcer.Shown.Count.ShouldBe(2);
        (_announcer.Shown[1].Message, _announcer.Shown[1].Edit, _announcer.Shown[1].Notice.Update.NewDigest).ShouldBe((1001UL, true, V3));
    }

    [Fact]
    public async Task SaysTheServerRunsTheNewestImage_AndForgetsTheUpdate_WhenItWasRecreated()
    {
        await SweepAsync();
        _registry.Runs("local/mc", Game, V2);

        await SweepAsync();

        _store.Updates.ShouldBeEmpty();
        (_announcer.Shown[^1].Edit, _announcer.Shown[^1].Notice.Kind).ShouldBe((true, UpdateNoticeKind.Applied));
    }

    [Fact]
    public async Task SaysTheServerIsGone_WhenItWasRemoved()
    {
        await SweepAsync();
        _engine.Remove("mc");

        var sweep = await SweepAsync();

        sweep.Value.Gone.ShouldBe(1);
        _store.Updates.ShouldBeEmpty();
        _announcer.Shown[^1].Notice.Kind.ShouldBe(UpdateNoticeKind.Gone);
    }

    [Fact]
    public async Task NeverChecksAServerLabelledNever()
    {
        _registry.Runs("local/mc", Game, V1, UpdatePolicy.Never);

        var line = await Checker.CheckAsync(_mc, default);

        (line.State, line.Reason).ShouldBe((UpdateState.NotChecked, "its label `serverstatus.update=never` opts it out"));
        _store.Updates.ShouldBeEmpty();
    }

    [Fact]
    public async Task CannotCheckAnImageWithoutARegistryDigest()
    {
        _registry.Running["local/mc"] = new RunningImage(Game, [], null, UpdatePolicy.Notify);

        var line = await Checker.CheckAsync(_mc, default);

        line.State.ShouldBe(UpdateState.CannotCheck);
        line.Reason.ShouldNotBeNull().ShouldContain("no registry digest");
    }

    [Fact]
    public async Task RecordsButDoesNotAnnounce_WhileTheServersAlertsAreSilenced_ThenAnnouncesWhenTheyAreNot()
    {
        _alerts.Silenced["mc"] = "muted";

        await SweepAsync();
        _store.Updates.ShouldHaveSingleItem().IsAnnounced.ShouldBeFalse();
        _announcer.Shown.ShouldBeEmpty();

        _alerts.Silenced.Clear();
        await SweepAsync();
        _announcer.Shown.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task SkipsTheVersion_EditingItsMessage_AndAnnouncesOnlyALaterOne()
    {
        await SweepAsync();

        var skipped = await new SkipUpdateHandler(new SingleServerLookup(_engine, new ServerResolver(_actor)), _store, Checker, _actor).Handle(new SkipUpdate("mc"), default);
        await SweepAsync();

        (skipped.Value.SkippedDigest, skipped.Value.SkippedBy).ShouldBe((V2, Member));
        _announcer.Shown.Select(s => (s.Edit, s.Notice.Kind)).ShouldBe([(false, UpdateNoticeKind.Available), (true, UpdateNoticeKind.Skipped)]);

        _registry.Registry[Game] = new RegistryImage(V3, null);
        await SweepAsync();
        (_announcer.Shown[^1].Notice.Kind, _announcer.Shown[^1].Notice.Update.NewDigest).ShouldBe((UpdateNoticeKind.Available, V3));
    }

    [Fact]
    public async Task RefusesUpdateCheck_ToAMemberWithoutTheUpdatePermission_LikeAHiddenServerForAServerTheyCannotSee()
    {
        var handler = new CheckUpdatesHandler(_engine, new ServerResolver(_actor), Checker, _actor);

        var web = await handler.Handle(new CheckUpdates(["web"]), default);
        _actor.Authorize(EffectiveRights.For(Member, [], false, [Grants.ToUser(Member, Permission.Status, "mc")]));
        var mc = await handler.Handle(new CheckUpdates(["mc"]), default);
        var all = await handler.Handle(new CheckUpdates([]), default);

        web.Outcome.ShouldBe(Outcome.NotFound);
        mc.Outcome.ShouldBe(Outcome.Denied);
        all.Outcome.ShouldBe(Outcome.Denied);
        _store.Updates.ShouldBeEmpty();
    }

    [Fact]
    public async Task ChecksEveryServerTheMemberMayUpdate_WhenNoneIsNamed()
    {
        var report = await new CheckUpdatesHandler(_engine, new ServerResolver(_actor), Checker, _actor).Handle(new CheckUpdates([]), default);

        var line = report.Value.Lines.ShouldHaveSingleItem();
        (line.Server, line.State, line.RunningDigest, line.NewDigest).ShouldBe(("local/mc", UpdateState.Newer, V1, V2));
    }

    [Fact]
    public async Task ListsOnlyTheUpdatesOfServersTheMemberMaySee()
    {
        _registry.Registry["127.0.0.1:5000/test/web:1"] = new RegistryImage(V2, null);
        await SweepAsync();

        var listed = await new ListUpdatesHandler(_store, _engine, _actor).Handle(new ListUpdates(), default);

        _store.Updates.Count.ShouldBe(2);
        listed.Value.ShouldHaveSingleItem().Server.ShouldBe("local/mc");
    }
}
