using ServerStatus.Application.Common.Ports;
using ServerStatus.TestSupport.Contracts;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Contracts;

public sealed class RecordingNotifierContractTests : NotifierContract
{
    private readonly List<RecordingNotifier> _notifiers = [];

    protected override INotifier CreateNotifier(ulong? channelId)
    {
        var notifier = new RecordingNotifier(channelId);
        _notifiers.Add(notifier);
        return notifier;
    }

    protected override Task<IReadOnlyList<(ulong Channel, string Text)>> PostedAsync() =>
        Task.FromResult<IReadOnlyList<(ulong, string)>>([.. _notifiers.Where(n => n.ChannelId is not null)
            .SelectMany(n => n.Posted.Select(p => (n.ChannelId ?? 0, p.ToString())))]);

    protected override void RefuseNextPost()
    {
        foreach (var notifier in _notifiers)
        {
            notifier.RefuseNextPost();
        }
    }
}
