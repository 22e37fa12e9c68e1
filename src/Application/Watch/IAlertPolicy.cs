using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Watch;

/// <summary>
/// Where a server's incidents go right now: its own alert channel (<c>alerts channel</c>), else the alert channel;
/// nowhere while alerts are off for it, it is muted, or it is in maintenance (the reason says which).
/// </summary>
public interface IAlertPolicy
{
    Task<AlertDestination> DestinationForAsync(ServerId server, CancellationToken ct);

    /// <summary>Where incidents that concern no single server (an engine down) go: the default alert channel.</summary>
    Task<AlertDestination> DefaultDestinationAsync(CancellationToken ct);
}

/// <summary>A channel to post in, or why nothing is posted (then the incident is only logged).</summary>
public sealed record AlertDestination(ulong? ChannelId, string? SilencedBecause)
{
    public static AlertDestination Channel(ulong channelId) => new(channelId, null);

    public static AlertDestination Silenced(string because) => new(null, because);

    public static AlertDestination Nowhere { get; } = new(null, "no alert channel is configured (Alerts:ChannelId or Notifications:ChannelId)");
}
