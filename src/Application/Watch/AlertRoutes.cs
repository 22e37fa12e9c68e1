using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Watch;

/// <summary>What <c>alerts channel|off|on</c> does to the route of the named servers (or of <c>*</c>, the default route).</summary>
public enum AlertRouteChange
{
    /// <summary>Incidents go to <see cref="SetAlertRoute.ChannelId"/>.</summary>
    Channel,

    /// <summary>No incidents: they are only logged.</summary>
    Off,

    /// <summary>The server's own route is removed: it follows the default route again.</summary>
    On,
}

/// <summary><c>alerts channel &lt;#channel&gt; &lt;servers...|*&gt;</c>, <c>alerts off …</c>, <c>alerts on …</c>: admin only.</summary>
public sealed record SetAlertRoute(AlertRouteChange Change, IReadOnlyList<string> Names, ulong? ChannelId = null)
    : ICommand<Result<WatchChange>>, IAdminOnly, IAuditable, IHasAuditName
{
    public string AuditCommand => Change switch
    {
        AlertRouteChange.Channel => "alerts channel",
        AlertRouteChange.Off => "alerts off",
        AlertRouteChange.On => "alerts on",
        _ => throw new InvalidOperationException($"{Change} is not a route change."),
    };

    public string AuditArguments => ChannelId is { } channel
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"<#{channel}> {string.Join(' ', Names)}")
        : string.Join(' ', Names);

    public IReadOnlyList<string> AuditServers => [.. Names.Where(n => n != WatchTargets.AllServers)];
}

public sealed class SetAlertRouteValidator : AbstractValidator<SetAlertRoute>
{
    public SetAlertRouteValidator()
    {
        RuleFor(x => x.Change).IsInEnum().WithMessage("Say channel, off or on.");
        RuleFor(x => x.Names).WatchNames(allowAll: true);
        RuleFor(x => x.ChannelId).NotNull().GreaterThan(0UL).When(x => x.Change == AlertRouteChange.Channel).WithMessage("Name the channel: `alerts channel #alerts mc`.");
        RuleFor(x => x.ChannelId).Null().When(x => x.Change != AlertRouteChange.Channel).WithMessage("Only `alerts channel` takes a channel.");
    }
}

public sealed class SetAlertRouteHandler(WatchTargets targets, IAlertRouteRepository routes, ICurrentActor actor, TimeProvider time)
    : ICommandHandler<SetAlertRoute, Result<WatchChange>>
{
    public async ValueTask<Result<WatchChange>> Handle(SetAlertRoute command, CancellationToken cancellationToken)
    {
        var named = await targets.ResolveAsync(command.Names, Permission.Status, cancellationToken);
        var now = time.GetUtcNow();
        var outcomes = await WatchChange.ForEachAsync(named, async (target, scope) =>
        {
            switch (command.Change)
            {
                case AlertRouteChange.Channel:
                    await routes.SetAsync(scope, command.ChannelId, actor.Actor.UserId, now, cancellationToken);
                    return new(target.Name, Outcome.Ok, "incidents go to the channel");
                case AlertRouteChange.Off:
                    await routes.SetAsync(scope, null, actor.Actor.UserId, now, cancellationToken);
                    return new(target.Name, Outcome.Ok, "alerts are off: incidents are only logged");
                default:
                    var removed = await routes.RemoveAsync(scope, cancellationToken);
                    return new(target.Name, Outcome.Ok, removed ? "alerts follow the default route again" : "already followed the default route");
            }
        });
        return new WatchChange(command.AuditCommand, outcomes) { ChannelId = command.ChannelId };
    }
}
