namespace ServerStatus.Application.Common.Ports;

/// <summary>
/// Tells the admins about work nobody is waiting for (scheduled backups): the notification channel; and about
/// watched servers (maintenance ended): the alert channel.
/// Never throws for a delivery problem; a notification that cannot be posted is logged.
/// </summary>
public interface INotifier
{
    /// <summary>Where notifications go, as users read it (a channel mention), or null when they are only logged.</summary>
    string? Destination { get; }

    Task NotifyAsync(Notification notification, CancellationToken ct);
}

/// <summary>Something for the notification or alert channel; the presentation layer decides how it reads.</summary>
public abstract record Notification
{
    /// <summary>Whether an admin needs to act on it.</summary>
    public abstract bool IsFailure { get; }

    /// <summary>The channel it belongs to: the notification channel (scheduled work) or the alert channel (watching servers).</summary>
    public virtual NotificationChannel Channel => NotificationChannel.Notifications;

    /// <summary>A user to tell by direct message; when the message cannot be sent, the channel gets it, mentioning them.</summary>
    public virtual ulong? DirectTo => null;
}

/// <summary>Which channel a notification belongs to.</summary>
public enum NotificationChannel
{
    /// <summary><c>Notifications:ChannelId</c>: results of scheduled backups, recovered restores.</summary>
    Notifications,

    /// <summary><c>Alerts:ChannelId</c> (default <c>Notifications:ChannelId</c>): incidents and maintenance.</summary>
    Alerts,
}
