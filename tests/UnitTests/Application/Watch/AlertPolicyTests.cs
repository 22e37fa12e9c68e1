using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Servers;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Application.Watch;

/// <summary>Where a server's incidents go: maintenance, then mute, then its own route, the <c>*</c> route, the setting, nowhere.</summary>
public sealed class AlertPolicyTests
{
    private static readonly ServerId Mc = Grants.Server("mc");
    private readonly InMemoryMaintenanceRepository _maintenance = new();
    private readonly InMemoryAlertMuteRepository _mutes = new();
    private readonly InMemoryAlertRouteRepository _routes = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
    private readonly AlertsOptions _options = new() { ChannelId = 100 };

    private AlertPolicy Policy => new(new MaintenanceLookup(_maintenance, _time), _mutes, _routes, Options.Create(_options), _time);

    [Fact]
    public async Task PostsToTheConfiguredChannel_WhenNothingElseIsSet()
    {
        (await Policy.DestinationForAsync(Mc, default)).ShouldBe(AlertDestination.Channel(100));
    }

    [Fact]
    public async Task PostsNowhere_WhenNoChannelIsConfigured()
    {
        _options.ChannelId = null;

        (await Policy.DestinationForAsync(Mc, default)).ShouldBe(AlertDestination.Nowhere);
    }

    [Fact]
    public async Task PrefersTheServersRoute_OverTheDefaultRoute_OverTheSetting()
    {
        await _routes.SetAsync("*", 200, 1, _time.GetUtcNow(), default);
        var viaDefault = await Policy.DestinationForAsync(Mc, default);
        await _routes.SetAsync(Mc.QualifiedName, 300, 1, _time.GetUtcNow(), default);

        var own = await Policy.DestinationForAsync(Mc, default);

        viaDefault.ShouldBe(AlertDestination.Channel(200));
        own.ShouldBe(AlertDestination.Channel(300));
        (await Policy.DestinationForAsync(Grants.Server("web"), default)).ShouldBe(AlertDestination.Channel(200));
    }

    [Fact]
    public async Task SilencesTheServer_WhenAlertsAreOffForItOrForAll()
    {
        await _routes.SetAsync("*", null, 1, _time.GetUtcNow(), default);
        var all = await Policy.DestinationForAsync(Mc, default);
        await _routes.SetAsync(Mc.QualifiedName, null, 1, _time.GetUtcNow(), default);

        var own = await Policy.DestinationForAsync(Mc, default);

        all.ShouldBe(AlertDestination.Silenced("alerts are off for all servers"));
        own.ShouldBe(AlertDestination.Silenced("alerts are off for it"));
    }

    [Fact]
    public async Task SilencesAMutedServer_UntilTheMuteEnds_OverItsRoute()
    {
        await _routes.SetAsync(Mc.QualifiedName, 300, 1, _time.GetUtcNow(), default);
        await _mutes.MuteAsync(Mc.QualifiedName, TimeSpan.FromHours(1), 42, _time.GetUtcNow(), default);

        var muted = await Policy.DestinationForAsync(Mc, default);
        _time.Advance(TimeSpan.FromHours(1));
        var after = await Policy.DestinationForAsync(Mc, default);

        muted.ShouldBe(AlertDestination.Silenced("muted until 13:00 UTC by <@42>"));
        after.ShouldBe(AlertDestination.Channel(300));
    }

    [Fact]
    public async Task SilencesAServerInMaintenance_OverItsMute_WithTheReasonAndEnd()
    {
        await _mutes.MuteAsync(Mc.QualifiedName, TimeSpan.FromHours(1), 42, _time.GetUtcNow(), default);
        await _maintenance.StartAsync("*", "host upgrade", null, 7, _time.GetUtcNow(), default);
        var everywhere = await Policy.DestinationForAsync(Mc, default);
        await _maintenance.StartAsync(Mc.QualifiedName, "upgrading the map", TimeSpan.FromHours(3), 7, _time.GetUtcNow(), default);

        var own = await Policy.DestinationForAsync(Mc, default);

        everywhere.ShouldBe(AlertDestination.Silenced("in maintenance until an admin ends it: host upgrade"));
        own.ShouldBe(AlertDestination.Silenced("in maintenance until 15:00 UTC: upgrading the map"));
    }

    [Fact]
    public async Task PostsAgain_WhenTheMaintenanceWindowsEndPassed()
    {
        await _maintenance.StartAsync(Mc.QualifiedName, "", TimeSpan.FromMinutes(30), 7, _time.GetUtcNow(), default);

        _time.Advance(TimeSpan.FromMinutes(30));

        (await Policy.DestinationForAsync(Mc, default)).ShouldBe(AlertDestination.Channel(100));
    }
}
