using System.Globalization;
using ServerStatus.Application.Common.Ports;

namespace ServerStatus.TestSupport.Fakes;

/// <summary>
/// Records the notifications posted to <paramref name="channelId"/> (none without one), with the semantics of the
/// Discord channel notifier, held to it by <c>NotifierContract</c>: a refused post is dropped, never thrown.
/// </summary>
public sealed class RecordingNotifier(ulong? channelId = null) : INotifier
{
    private readonly List<Notification> _posted = [];
    private bool _refuseNext;

    public string? Destination => channelId is { } channel ? string.Create(CultureInfo.InvariantCulture, $"<#{channel}>") : null;

    public ulong? ChannelId => channelId;

    /// <summary>What was posted, in order.</summary>
    public IReadOnlyList<Notification> Posted
    {
        get
        {
            lock (_posted)
            {
                return [.. _posted];
            }
        }
    }

    /// <summary>The channel refuses the next post, as Discord does when the bot may not write there.</summary>
    public void RefuseNextPost() => _refuseNext = true;

    public Task NotifyAsync(Notification notification, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (channelId is null || _refuseNext)
        {
            _refuseNext = false;
            return Task.CompletedTask;
        }

        lock (_posted)
        {
            _posted.Add(notification);
        }

        return Task.CompletedTask;
    }
}
