using ServerStatus.Application.Common.Notifications;

namespace ServerStatus.Application.Common.Ports;

/// <summary>
/// Tells the admins about work nobody is waiting for (scheduled backups): the notification channel.
/// Never throws for a delivery problem; a notification that cannot be posted is logged.
/// </summary>
public interface INotifier
{
    Task NotifyAsync(Notification notification, CancellationToken ct);
}
