namespace ServerStatus.Application.Common.Ports;

/// <summary>
/// Tells the admins about work nobody is waiting for (scheduled backups): the notification channel.
/// Never throws for a delivery problem; a notification that cannot be posted is logged.
/// </summary>
public interface INotifier
{
    /// <summary>Where notifications go, as users read it (a channel mention), or null when they are only logged.</summary>
    string? Destination { get; }

    Task NotifyAsync(Notification notification, CancellationToken ct);
}

/// <summary>Something for the notification channel; the presentation layer decides how it reads.</summary>
public abstract record Notification
{
    /// <summary>Whether an admin needs to act on it.</summary>
    public abstract bool IsFailure { get; }
}
