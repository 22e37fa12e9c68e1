using Microsoft.Extensions.Options;
using ServerStatus.Domain.Watch;

namespace ServerStatus.Application.Watch;

/// <summary><c>alerts list</c>: the default alert channel and where it comes from, every route and every mute in force.</summary>
public sealed record ListAlerts : IQuery<Result<AlertsView>>, IAdminOnly, IAuditable, IHasAuditName
{
    public string AuditCommand => "alerts list";

    public string AuditArguments => "";
}

public sealed class ListAlertsHandler(IAlertRouteRepository routes, IAlertMuteRepository mutes, IOptions<AlertsOptions> options, TimeProvider time)
    : IQueryHandler<ListAlerts, Result<AlertsView>>
{
    public async ValueTask<Result<AlertsView>> Handle(ListAlerts query, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var all = await routes.ListAsync(cancellationToken);
        var everywhere = all.FirstOrDefault(r => r.Scope == AlertRoute.AllServers);
        var active = (await mutes.ListAsync(cancellationToken)).Where(m => m.IsActiveAt(now));
        return new AlertsView(
            everywhere is null ? options.Value.ChannelId : everywhere.ChannelId,
            everywhere is null ? AlertDefaultSource.Settings : AlertDefaultSource.Route,
            [.. all.Where(r => r != everywhere).Select(r => new AlertRouteView(r.Scope, r.ChannelId))],
            [.. active.Select(m => new AlertMuteView(m.Server, m.Until, m.MutedBy))]);
    }
}

/// <summary>Where the default alert channel comes from.</summary>
public enum AlertDefaultSource
{
    /// <summary><c>Alerts:ChannelId</c>, else <c>Notifications:ChannelId</c>.</summary>
    Settings,

    /// <summary><c>alerts channel … *</c> or <c>alerts off *</c>.</summary>
    Route,
}

/// <summary>The default channel (null: nowhere, or off when it comes from a route), the servers' own routes and the mutes in force.</summary>
public sealed record AlertsView(ulong? DefaultChannelId, AlertDefaultSource DefaultSource, IReadOnlyList<AlertRouteView> Routes, IReadOnlyList<AlertMuteView> Mutes);

/// <summary>A server's own route: a channel, or off (null).</summary>
public sealed record AlertRouteView(string Server, ulong? ChannelId);

public sealed record AlertMuteView(string Server, DateTimeOffset Until, ulong MutedBy);
