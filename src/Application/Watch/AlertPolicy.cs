using Microsoft.Extensions.Options;
using ServerStatus.Domain.Servers;
using ServerStatus.Domain.Watch;

namespace ServerStatus.Application.Watch;

/// <summary>
/// Where a server's incidents go, first match wins: nowhere during maintenance, while it is muted, or while alerts are
/// off for it; else its own route, the default route (<c>*</c>), <c>Alerts:ChannelId</c> (which defaults to
/// <c>Notifications:ChannelId</c>), else nowhere. Scoped: it reads the stores of its scope.
/// </summary>
public sealed class AlertPolicy(
    MaintenanceLookup maintenance,
    IAlertMuteRepository mutes,
    IAlertRouteRepository routes,
    IOptions<AlertsOptions> options,
    TimeProvider time) : IAlertPolicy
{
    public async Task<AlertDestination> DestinationForAsync(ServerId server, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(server);
        var active = await maintenance.LoadAsync(ct);
        if (active.For(server) is { } window)
        {
            return AlertDestination.Silenced(active.Describe(window));
        }

        var now = time.GetUtcNow();
        var qualified = server.QualifiedName;
        if ((await mutes.ListAsync(ct)).FirstOrDefault(m => m.Server == qualified && m.IsActiveAt(now)) is { } mute)
        {
            return AlertDestination.Silenced(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"muted until {WatchTime.At(mute.Until, now)} by <@{mute.MutedBy}>"));
        }

        var all = await routes.ListAsync(ct);
        return Route(all.FirstOrDefault(r => r.Scope == qualified) ?? all.FirstOrDefault(r => r.Scope == AlertRoute.AllServers));
    }

    /// <summary>The default route (<c>*</c>), else <c>Alerts:ChannelId</c>: where engine incidents go.</summary>
    public async Task<AlertDestination> DefaultDestinationAsync(CancellationToken ct) =>
        Route((await routes.ListAsync(ct)).FirstOrDefault(r => r.Scope == AlertRoute.AllServers));

    private AlertDestination Route(AlertRoute? route) => route switch
    {
        { ChannelId: { } channel } => AlertDestination.Channel(channel),
        { Scope: AlertRoute.AllServers } => AlertDestination.Silenced("alerts are off for all servers"),
        not null => AlertDestination.Silenced("alerts are off for it"),
        null => options.Value.ChannelId is { } configured ? AlertDestination.Channel(configured) : AlertDestination.Nowhere,
    };
}
