using ServerStatus.Application.Common.Ports;

namespace ServerStatus.UnitTests.Fakes;

/// <summary>A notification channel that keeps what it was told.</summary>
public sealed class RecordingNotifier : INotifier
{
    public List<Notification> Sent { get; } = [];

    public string? Destination => "#notifications";

    public Task NotifyAsync(Notification notification, CancellationToken ct)
    {
        Sent.Add(notification);
        return Task.CompletedTask;
    }
}
