using ServerStatus.Application.Common.Ports;
using ServerStatus.TestSupport.Contracts;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Contracts;

public sealed class RecordingNotifierContractTests : NotifierContract
{
    private readonly List<RecordingNotifier> _notifiers = [];

    private readonly List<ulong> _closed = [];

    protected override INotifier CreateNotifier(ulong? channelId, ulong? alertChannelId = null)
    {
        var notifier = new RecordingNotifier(channelId, alertChannelId);
        _closed.ForEach(notifier.CloseDirectMessages);
        _notifiers.Add(notifier);
        return notifier;
    }

    protected override Task<IReadOnlyList<(ulong Channel, string Text)>> PostedAsync() =>
        Task.FromResult<IReadOnlyList<(ulong, string)>>([.. _notifiers
            .SelectMany(n => n.Delivered.Where(d => d.Channel is not null).Select(d => (d.Channel ?? 0, d.Notification.ToString())))]);

    protected override Task<IReadOnlyList<string>> DirectMessagesToAsync(ulong userId) =>
        Task.FromResult<IReadOnlyList<string>>([.. _notifiers.SelectMany(n => n.Delivered.Where(d => d.User == userId).Select(d => d.Notification.ToString()))]);

    protected override void CloseDirectMessages(ulong userId)
    {
        _closed.Add(userId);
        _notifiers.ForEach(n => n.CloseDirectMessages(userId));
    }

    protected override void RefuseNextPost()
    {
        foreach (var notifier in _notifiers)
        {
            notifier.RefuseNextPost();
        }
    }
}
