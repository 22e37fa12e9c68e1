using System.Globalization;
using ServerStatus.Application.Common.Ports;

namespace ServerStatus.TestSupport.Fakes;

/// <summary>
/// Records the notifications posted to <paramref name="channelId"/> (none without one) or, for those of the alert channel,
/// to <paramref name="alertChannelId"/> (default: the notification channel), and those sent by DM, with the semantics of
/// the Discord channel notifier, held to it by <c>NotifierContract</c>: a refused post is dropped, never thrown; a DM
/// that cannot be sent goes to the channel instead.
/// </summary>
public sealed class RecordingNotifier(ulong? channelId = null, ulong? alertChannelId = null) : INotifier
{
    private readonly List<(ulong? Channel, ulong? User, Notification Notification)> _delivered = [];
    private readonly HashSet<ulong> _closedDms = [];
    private bool _refuseNext;

    public string? Destination => channelId is { } channel ? string.Create(CultureInfo.InvariantCulture, $"<#{channel}>") : null;

    public ulong? ChannelId => channelId;

    public ulong? AlertChannelId => alertChannelId ?? channelId;

    /// <summary>What was posted or sent by DM, in order.</summary>
    public IReadOnlyList<Notification> Posted => [.. Delivered.Select(d => d.Notification)];

    /// <summary>Every delivery in order: to a channel, or to a user by DM.</summary>
    public IReadOnlyList<(ulong? Channel, ulong? User, Notification Notification)> Delivered
    {
        get
        {
            lock (_delivered)
            {
                return [.. _delivered];
            }
        }
    }

    /// <summary>The channel refuses the next post, as Discord does when the bot may not write there.</summary>
    public void RefuseNextPost() => _refuseNext = true;

    /// <summary>DMs to this user fail, as Discord refuses them when the user closed their DMs.</summary>
    public void CloseDirectMessages(ulong userId) => _closedDms.Add(userId);

    public Task NotifyAsync(Notification notification, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (notification.DirectTo is { } user && !_closedDms.Contains(user))
        {
            Record(null, user, notification);
            return Task.CompletedTask;
        }

        var channel = notification.Channel == NotificationChannel.Alerts ? AlertChannelId : channelId;
        if (channel is null || _refuseNext)
        {
            _refuseNext = false;
            return Task.CompletedTask;
        }

        Record(channel, null, notification);
        return Task.CompletedTask;
    }

    private void Record(ulong? channel, ulong? user, Notification notification)
    {
        lock (_delivered)
        {
            _delivered.Add((channel, user, notification));
        }
    }
}
