using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Games;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Audit;
using ServerStatus.Domain.Servers;
using ServerStatus.Domain.Watch;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Application.Watch;

public sealed class ObserveContainerEventTests
{
    private const ulong AlertChannel = 500;
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 3, 12, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Now);
    private readonly InMemoryContainerEngine _engine = new();
    private readonly InMemoryIncidentStore _store = new();
    private readonly InMemoryAuditLog _audit = new();
    private readonly RecordingIncidentPublisher _publisher = new();
    private readonly FixedAlertPolicy _policy = new(AlertChannel);
    private readonly ExitSignals _signals = new();
    private readonly InMemoryPlayerCounts _players;
    private readonly OwnActions _own;
    private readonly ServerId _mc;
    private long _nanos = Now.ToUnixTimeMilliseconds() * 1_000_000;

    public ObserveContainerEventTests()
    {
        _own = new OwnActions(_time);
        _players = new InMemoryPlayerCounts(_time);
        _mc = _engine.Add("mc");
        _engine.Logs["mc"] = ["starting", "Exception in server tick loop"];
    }

    [Fact]
    public async Task OpensACrashIncidentWithExitCodeAndLogs_WhenAServerDiesUnasked()
    {
        await ObserveAsync(ContainerEventKind.Die, exitCode: 3);

        var incident = _store.Incidents.ShouldHaveSingleItem();
        (incident.Kind, incident.ExitCode, incident.ChannelId, incident.Server).ShouldBe((IncidentKind.Crashed, (int?)3, (ulong?)AlertChannel, "local/mc"));
        incident.LogTail.ShouldNotBeNull().ShouldContain("Exception in server tick loop");
        _publisher.Published.ShouldHaveSingleItem().Id.ShouldBe(incident.Id);
    }

    [Fact]
    public async Task SaysHowManyPlayersWereOnline_ByTheLastReadingBeforeTheCrash()
    {
        _players.Set(_mc, PlayerReading.Known(new PlayerCount(3, 20, [])));
        await _players.ReadAsync(_mc, default);
        _players.Set(_mc, PlayerReading.Unknown);
        _time.Advance(TimeSpan.FromMinutes(2));

        await ObserveAsync(ContainerEventKind.Die, exitCode: 1);

        _store.Incidents.ShouldHaveSingleItem().PlayersOnline.ShouldBe(3);
        _players.Asked[_mc].ShouldBe(1);
    }

    [Fact]
    public async Task SaysNothingAboutPlayers_WhenTheLastReadingIsOld()
    {
        _players.Set(_mc, PlayerReading.Known(new PlayerCount(3, 20, [])));
        await _players.ReadAsync(_mc, default);
        _time.Advance(IncidentFactsCollector.PlayersLookBack + TimeSpan.FromMinutes(1));

        await ObserveAsync(ContainerEventKind.Die, exitCode: 1);

        _store.Incidents.ShouldHaveSingleItem().PlayersOnline.ShouldBeNull();
    }

    [Fact]
    public async Task OpensNothing_WhenTheBotStoppedTheServerItself()
    {
        using (_own.Begin(_mc, OwnAction.Stop, Actor.InGuild(42, [], 1, 2)))
        {
            await ObserveAsync(ContainerEventKind.Kill, signal: 15);
            await ObserveAsync(ContainerEventKind.Die, exitCode: 0);
        }

        _store.Incidents.ShouldBeEmpty();
        _publisher.Published.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(ContainerEventKind.Kill, 15, 0, IncidentKind.StoppedOutside)]
    [InlineData(ContainerEventKind.Kill, 9, 137, IncidentKind.KilledOutside)]
    [InlineData(ContainerEventKind.Oom, null, 137, IncidentKind.OutOfMemory)]
    [InlineData(ContainerEventKind.Start, null, 0, IncidentKind.Exited)]
    public async Task NamesWhatEndedTheServer_FromTheEventsBeforeItsExit(ContainerEventKind before, int? signal, int exitCode, IncidentKind expected)
    {
        await ObserveAsync(before, signal: signal);
        await ObserveAsync(ContainerEventKind.Die, exitCode: exitCode);

        _store.Incidents.ShouldHaveSingleItem().Kind.ShouldBe(expected);
    }

    [Fact]
    public async Task MakesOneCrashLoopIncident_WhenTheServerKeepsDyingWithinTheWindow()
    {
        for (var exit = 0; exit < 5; exit++)
        {
            await ObserveAsync(ContainerEventKind.Start);
            await ObserveAsync(ContainerEventKind.Die, exitCode: 1);
            _time.Advance(TimeSpan.FromSeconds(2));
        }

        var incident = _store.Incidents.ShouldHaveSingleItem();
        (incident.Kind, incident.Exits).ShouldBe((IncidentKind.CrashLoop, 5));
        _publisher.Published.Select(p => p.Id).Distinct().ShouldHaveSingleItem();
        _publisher.Published[^1].Exits.ShouldBe(5);
    }

    [Fact]
    public async Task OpensANewIncident_WhenTheServerCrashesAgainLongAfterItRecovered()
    {
        await ObserveAsync(ContainerEventKind.Die, exitCode: 1);
        await ObserveAsync(ContainerEventKind.Start);
        _time.Advance(TimeSpan.FromMinutes(11));

        await ObserveAsync(ContainerEventKind.Die, exitCode: 1);

        _store.Incidents.Count.ShouldBe(2);
        _store.Incidents.ShouldAllBe(i => i.Kind == IncidentKind.Crashed);
    }

    [Fact]
    public async Task SaysWhoBroughtItBack_WhenSomeoneRestartsItThroughTheBot()
    {
        await ObserveAsync(ContainerEventKind.Die, exitCode: 3);

        using (_own.Begin(_mc, OwnAction.Restart, Actor.InGuild(42, [], 1, 2)))
        {
            await ObserveAsync(ContainerEventKind.Start);
        }

        var incident = _store.Incidents.ShouldHaveSingleItem();
        (incident.IsRecovered, incident.RecoveredBy).ShouldBe((true, "restarted by <@42>"));
        _publisher.Published.Select(p => p.Recovered).ShouldBe([false, true]);
    }

    [Fact]
    public async Task CreditsTheRestartPolicy_WhenDockerRestartedItAfterTheCrash()
    {
        await ObserveAsync(ContainerEventKind.Die, exitCode: 3);
        _engine.Facts["mc"] = Facts() with { RestartCount = 1 };

        await ObserveAsync(ContainerEventKind.Start);

        _store.Incidents.ShouldHaveSingleItem().RecoveredBy.ShouldBe("restarted by Docker's restart policy");
    }

    [Fact]
    public async Task PostsNothing_WhenTheServersAlertsAreSilenced()
    {
        _policy.Silenced["mc"] = "in maintenance";

        await ObserveAsync(ContainerEventKind.Die, exitCode: 3);

        _store.Incidents.ShouldBeEmpty();
        _publisher.Published.ShouldBeEmpty();
    }

    [Fact]
    public async Task HandlesAnEventOnce_WhenAReconnectDeliversItAgain()
    {
        var die = Event(ContainerEventKind.Die, exitCode: 3);

        await Handler().Handle(new ObserveContainerEvent(die), default);
        await Handler().Handle(new ObserveContainerEvent(die), default);

        _store.Incidents.ShouldHaveSingleItem().Exits.ShouldBe(1);
    }

    [Fact]
    public async Task OpensAnUnhealthyIncidentWithTheHealthOutput_AndRecoversWhenHealthy()
    {
        _engine.Facts["mc"] = Facts() with { Health = HealthStatus.Unhealthy, LastHealthOutput = "connection refused" };

        await ObserveAsync(ContainerEventKind.Health, health: HealthStatus.Unhealthy);
        await ObserveAsync(ContainerEventKind.Health, health: HealthStatus.Healthy);

        var incident = _store.Incidents.ShouldHaveSingleItem();
        (incident.Kind, incident.Detail, incident.RecoveredBy).ShouldBe((IncidentKind.Unhealthy, (string?)"connection refused", (string?)"healthy again"));
    }

    [Fact]
    public async Task SaysWhatChangedBefore_WhenTheImageAndAConsoleLineChanged()
    {
        await ObserveAsync(ContainerEventKind.Start);
        _engine.Facts["mc"] = Facts() with { ImageId = "sha256:0123456789abcdef0123" };
        await _audit.AppendAsync(AuditEntry.Record(Now.AddMinutes(-20), 42, false, 1, 2, "cmd", "mc op me", ["mc"], AuditOutcome.Ok, TimeSpan.Zero), default);
        await _audit.AppendAsync(AuditEntry.Record(Now.AddHours(-2), 43, false, 1, 2, "exec", "mc ls", ["mc"], AuditOutcome.Ok, TimeSpan.Zero), default);

        await ObserveAsync(ContainerEventKind.Die, exitCode: 1);

        var changes = _store.Incidents.ShouldHaveSingleItem().ChangeList;
        changes.Select(c => c.Kind).ShouldBe([IncidentChangeKind.Image, IncidentChangeKind.Action]);
        changes[0].What.ShouldBe("img:1 → 0123456789ab");
        (changes[1].What, changes[1].ActorId).ShouldBe(("cmd", 42ul));
    }

    private ContainerFacts Facts() => new(_mc, ServerState.Running, HealthStatus.None, "img:1", "sha256:img:1", null, null, 0, null, false, null, "always", null);

    private async Task ObserveAsync(ContainerEventKind kind, int? exitCode = null, int? signal = null, HealthStatus? health = null)
    {
        var result = await Handler().Handle(new ObserveContainerEvent(Event(kind, exitCode, signal, health)), default);
        result.IsSuccess.ShouldBeTrue();
    }

    private ContainerEvent Event(ContainerEventKind kind, int? exitCode = null, int? signal = null, HealthStatus? health = null)
    {
        _nanos = Math.Max(_nanos + 1_000, _time.GetUtcNow().ToUnixTimeMilliseconds() * 1_000_000);
        return new ContainerEvent(_mc, kind, _nanos) { ExitCode = exitCode, Signal = signal, Health = health };
    }

    private ObserveContainerEventHandler Handler()
    {
        var options = Options.Create(new AlertsOptions());
        var recorder = new IncidentRecorder(_store, _policy, _publisher, NullLogger<IncidentRecorder>.Instance);
        return new ObserveContainerEventHandler(
            _store, new IncidentFactsCollector(_engine, _audit, _store, options, _players), recorder, _signals, _own, _engine, options, new ServerStatus.Application.Board.ServerChangeSignal(), NullLogger<ObserveContainerEventHandler>.Instance);
    }
}
