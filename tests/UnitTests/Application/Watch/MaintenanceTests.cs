using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Permissions;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Application.Watch;

public sealed class MaintenanceTests
{
    private readonly InMemoryContainerEngine _engine = new();
    private readonly CurrentActor _actor = new();
    private readonly InMemoryMaintenanceRepository _windows = new();
    private readonly InMemoryAlertMuteRepository _mutes = new();
    private readonly RecordingNotifier _notifier = new(channelId: 10, alertChannelId: 20);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));

    public MaintenanceTests()
    {
        _engine.Add("mc");
        _engine.Add("web");
        _actor.Set(Actor.InGuild(7, [], 1, 2));
        _actor.Authorize(EffectiveRights.Administrator);
    }

    private ChangeMaintenanceHandler Change => new(new WatchTargets(_engine, new ServerResolver(_actor)), _windows, _actor, _time);

    private EndDueMaintenanceHandler Sweep => new(_windows, _mutes, _notifier, Options.Create(new AlertsOptions { MaintenanceReminderHours = 12 }), _time);

    [Fact]
    public async Task StoresAWindowPerServer_ByItsQualifiedName_WithAuthorEndAndReason()
    {
        var result = await Change.Handle(new ChangeMaintenance(MaintenanceChange.On, ["mc", "nope"], TimeSpan.FromHours(2), "upgrading the map"), default);

        result.Value.Servers.ShouldBe([new("mc", Outcome.Ok, "in maintenance until 14:00 UTC"), new("nope", Outcome.NotFound, "No server named `nope`.")]);
        var window = _windows.Windows.ShouldHaveSingleItem();
        (window.Scope, window.Reason, window.StartedBy, window.Until).ShouldBe(("local/mc", "upgrading the map", 7UL, (DateTimeOffset?)_time.GetUtcNow().AddHours(2)));
    }

    [Fact]
    public async Task AnswersAHiddenServerLikeAMissingOne()
    {
        _actor.Authorize(EffectiveRights.For(7, [], false, [Grants.ToUser(7, Permission.Status, "web")]));

        var result = await Change.Handle(new ChangeMaintenance(MaintenanceChange.Off, ["mc"]), default);

        result.Value.Servers.ShouldHaveSingleItem().ShouldBe(new ServerOutcome("mc", Outcome.NotFound, "No server named `mc`."));
    }

    [Fact]
    public async Task EndsAWindow_AndSaysWhatItWas_OrThatThereWasNone()
    {
        await Change.Handle(new ChangeMaintenance(MaintenanceChange.On, ["*"], Reason: "host upgrade"), default);

        var ended = await Change.Handle(new ChangeMaintenance(MaintenanceChange.Off, ["*"]), default);
        var again = await Change.Handle(new ChangeMaintenance(MaintenanceChange.Off, ["*"]), default);

        ended.Value.Servers.ShouldHaveSingleItem().ShouldBe(new ServerOutcome("*", Outcome.Ok, "maintenance ended (was: host upgrade)"));
        again.Value.Servers.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.NotFound);
        _windows.Windows.ShouldBeEmpty();
    }

    [Fact]
    public async Task EndsDueWindowsOnce_AndTellsTheAlertChannel()
    {
        await Change.Handle(new ChangeMaintenance(MaintenanceChange.On, ["mc"], TimeSpan.FromMinutes(1), "upgrading the map"), default);
        await Change.Handle(new ChangeMaintenance(MaintenanceChange.On, ["web"], TimeSpan.FromHours(1)), default);

        var early = await Sweep.Handle(new EndDueMaintenance(), default);
        _time.Advance(TimeSpan.FromMinutes(1));
        var due = await Sweep.Handle(new EndDueMaintenance(), default);
        var after = await Sweep.Handle(new EndDueMaintenance(), default);

        (early.Value.Ended, due.Value.Ended, after.Value.Ended).ShouldBe((0, 1, 0));
        _windows.Windows.Select(w => w.Scope).ShouldBe(["local/web"]);
        _notifier.Delivered.ShouldHaveSingleItem().ShouldBe((20UL, null, new MaintenanceEnded("mc", "upgrading the map")));
    }

    [Fact]
    public async Task RemindsTheAuthorOfAnOpenEndedWindowOnce_AfterTheConfiguredHours()
    {
        await Change.Handle(new ChangeMaintenance(MaintenanceChange.On, ["mc"], Reason: "new mods"), default);

        _time.Advance(TimeSpan.FromHours(12) - TimeSpan.FromMinutes(1));
        var before = await Sweep.Handle(new EndDueMaintenance(), default);
        _time.Advance(TimeSpan.FromMinutes(1));
        var due = await Sweep.Handle(new EndDueMaintenance(), default);
        var again = await Sweep.Handle(new EndDueMaintenance(), default);

        (before.Value.Reminded, due.Value.Reminded, again.Value.Reminded).ShouldBe((0, 1, 0));
        var reminder = _notifier.Delivered.ShouldHaveSingleItem();
        reminder.User.ShouldBe(7UL);
        reminder.Notification.ShouldBe(new MaintenanceReminder(7, "mc", "new mods", _time.GetUtcNow().AddHours(-12)));
        _windows.Windows.ShouldHaveSingleItem().RemindedAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task ForgetsEndedMutes()
    {
        await _mutes.MuteAsync("local/mc", TimeSpan.FromMinutes(5), 7, _time.GetUtcNow(), default);

        _time.Advance(TimeSpan.FromMinutes(5));
        var sweep = await Sweep.Handle(new EndDueMaintenance(), default);

        sweep.Value.MutesExpired.ShouldBe(1);
        _mutes.Mutes.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(0, "", "A maintenance window lasts from 1 minute to 30 days")]
    [InlineData(31 * 24 * 60, "", "A maintenance window lasts from 1 minute to 30 days")]
    [InlineData(60, "*", "`*` stands alone")]
    public void RefusesShapesOutsideTheRules(int minutes, string extraName, string problem)
    {
        string[] names = extraName.Length > 0 ? ["mc", extraName] : ["mc"];

        var result = new ChangeMaintenanceValidator().Validate(new ChangeMaintenance(MaintenanceChange.On, names, TimeSpan.FromMinutes(minutes)));

        result.Errors.ShouldContain(e => e.ErrorMessage.StartsWith(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void AuditsTheServersAndArguments_WithoutTheStar()
    {
        var message = new ChangeMaintenance(MaintenanceChange.On, ["mc", "web"], TimeSpan.FromHours(2), "upgrading the map");

        (message.AuditCommand, message.AuditArguments).ShouldBe(("maintenance on", "mc web for 2h: upgrading the map"));
        ((ServerStatus.Application.Common.Auditing.IAuditable)message).AuditServers.ShouldBe(["mc", "web"]);
        ((ServerStatus.Application.Common.Auditing.IAuditable)new ChangeMaintenance(MaintenanceChange.Off, ["*"])).AuditServers.ShouldBeEmpty();
    }
}
