using Microsoft.Extensions.Time.Testing;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Permissions;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Application.Watch;

public sealed class MuteAlertsTests
{
    private readonly InMemoryContainerEngine _engine = new();
    private readonly CurrentActor _actor = new();
    private readonly InMemoryAlertMuteRepository _mutes = new();
    private readonly InMemoryAlertRouteRepository _routes = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));

    public MuteAlertsTests()
    {
        _engine.Add("mc");
        _engine.Add("web");
        _actor.Set(Actor.InGuild(42, [], 1, 2));
        _actor.Authorize(EffectiveRights.For(42, [], false, [Grants.ToUser(42, Permission.Restart, "mc"), Grants.ToUser(42, Permission.Status, "mc")]));
    }

    private WatchTargets Targets => new(_engine, new ServerResolver(_actor));

    private MuteAlertsHandler Handler => new(Targets, _mutes, _actor, _time);

    [Fact]
    public async Task MutesForAnHour_WhenNoDurationIsGiven_AndHidesServersTheActorMayNotSee()
    {
        var result = await Handler.Handle(new MuteAlerts(MuteChange.Mute, ["mc", "web"]), default);

        result.Value.Servers.ShouldBe([new("mc", Outcome.Ok, "muted until 13:00 UTC"), new("web", Outcome.NotFound, "No server named `web`.")]);
        var mute = _mutes.Mutes.ShouldHaveSingleItem();
        (mute.Server, mute.Until, mute.MutedBy).ShouldBe(("local/mc", _time.GetUtcNow().AddHours(1), 42UL));
    }

    [Fact]
    public async Task Unmutes_AndSaysWhenThereWasNoMute()
    {
        await Handler.Handle(new MuteAlerts(MuteChange.Mute, ["mc"], TimeSpan.FromDays(1)), default);

        var first = await Handler.Handle(new MuteAlerts(MuteChange.Unmute, ["mc"]), default);
        var second = await Handler.Handle(new MuteAlerts(MuteChange.Unmute, ["mc"]), default);

        (first.Value.Servers[0].Message, second.Value.Servers[0].Message).ShouldBe(("unmuted", "was not muted"));
        _mutes.Mutes.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(0.5, "A mute lasts from 1 minute to 7 days")]
    [InlineData(60 * 24 * 8, "A mute lasts from 1 minute to 7 days")]
    public void RefusesDurationsOutsideAMinuteToAWeek(double minutes, string problem)
    {
        var result = new MuteAlertsValidator().Validate(new MuteAlerts(MuteChange.Mute, ["mc"], TimeSpan.FromMinutes(minutes)));

        result.Errors.ShouldHaveSingleItem().ErrorMessage.ShouldStartWith(problem);
    }

    [Fact]
    public void RefusesTheStar_ForAMute()
    {
        new MuteAlertsValidator().Validate(new MuteAlerts(MuteChange.Mute, ["*"])).Errors.ShouldHaveSingleItem().ErrorMessage.ShouldBe("Name the servers: `*` is not allowed here.");
    }

    [Fact]
    public async Task RoutesServersAndTheDefault_ThenListsThem_WithTheActiveMutes()
    {
        _actor.Authorize(EffectiveRights.Administrator);
        var routes = new SetAlertRouteHandler(Targets, _routes, _actor, _time);
        await routes.Handle(new SetAlertRoute(AlertRouteChange.Channel, ["*"], 500), default);
        await routes.Handle(new SetAlertRoute(AlertRouteChange.Off, ["web"]), default);
        await routes.Handle(new SetAlertRoute(AlertRouteChange.Channel, ["mc"], 600), default);
        var on = await routes.Handle(new SetAlertRoute(AlertRouteChange.On, ["mc"]), default);
        await Handler.Handle(new MuteAlerts(MuteChange.Mute, ["mc"], TimeSpan.FromMinutes(30)), default);
        await _mutes.MuteAsync("local/gone", TimeSpan.FromMinutes(1), 1, _time.GetUtcNow().AddHours(-1), default);

        var list = await new ListAlertsHandler(_routes, _mutes, Microsoft.Extensions.Options.Options.Create(new AlertsOptions { ChannelId = 1 }), _time).Handle(new ListAlerts(), default);

        on.Value.Servers.ShouldHaveSingleItem().Message.ShouldBe("alerts follow the default route again");
        (list.Value.DefaultChannelId, list.Value.DefaultSource).ShouldBe(((ulong?)500, AlertDefaultSource.Route));
        list.Value.Routes.ShouldBe([new AlertRouteView("local/web", null)]);
        list.Value.Mutes.ShouldBe([new AlertMuteView("local/mc", _time.GetUtcNow().AddMinutes(30), 42)]);
    }

    [Fact]
    public void NeedsAChannel_ForAChannelRoute_AndNoneOtherwise()
    {
        var validator = new SetAlertRouteValidator();

        validator.Validate(new SetAlertRoute(AlertRouteChange.Channel, ["mc"])).IsValid.ShouldBeFalse();
        validator.Validate(new SetAlertRoute(AlertRouteChange.Off, ["mc"], 5)).IsValid.ShouldBeFalse();
        validator.Validate(new SetAlertRoute(AlertRouteChange.Channel, ["*"], 5)).IsValid.ShouldBeTrue();
    }
}
