using ServerStatus.Application.Updates;

namespace ServerStatus.TestSupport.Fakes;

/// <summary>Records what the update messages showed: each post or edit, with its channel and message; posts get ids from 1000.</summary>
public sealed class RecordingUpdateAnnouncer : IUpdateAnnouncer
{
    private readonly List<(ulong Channel, ulong Message, bool Edit, UpdateNotice Notice)> _shown = [];
    private ulong _nextId = 1000;

    public IReadOnlyList<(ulong Channel, ulong Message, bool Edit, UpdateNotice Notice)> Shown => _shown;

    public Task<ulong?> ShowAsync(ulong channelId, ulong? messageId, UpdateNotice notice, CancellationToken ct)
    {
        var id = messageId ?? ++_nextId;
        _shown.Add((channelId, id, messageId is not null, notice));
        return Task.FromResult<ulong?>(id);
    }
}
