namespace ServerStatus.Presentation.Discord.Board;

/// <summary>
/// At most one edit per board per <c>Board:MinEditSeconds</c>: a board that changed sooner waits, and is published when
/// its time comes (the latest state then, so changes in between coalesce into one edit).
/// </summary>
public sealed class BoardSchedule(TimeSpan minEdit)
{
    private readonly Dictionary<long, DateTimeOffset> _lastSent = [];
    private readonly HashSet<long> _waiting = [];

    /// <summary>Whether the board may be published now; if not, it waits (<see cref="WaitBeforeNext"/>).</summary>
    public bool MayPublish(long board, DateTimeOffset now)
    {
        if (_lastSent.TryGetValue(board, out var last) && now - last < minEdit)
        {
            _waiting.Add(board);
            return false;
        }

        _waiting.Remove(board);
        return true;
    }

    /// <summary>The board's messages were sent (posted or edited) at <paramref name="now"/>.</summary>
    public void Sent(long board, DateTimeOffset now) => _lastSent[board] = now;

    /// <summary>A deleted or disabled board is no longer scheduled.</summary>
    public void Forget(long board)
    {
        _lastSent.Remove(board);
        _waiting.Remove(board);
    }

    /// <summary>How long until the first waiting board may be published; null when none waits.</summary>
    public TimeSpan? WaitBeforeNext(DateTimeOffset now)
    {
        if (_waiting.Count == 0)
        {
            return null;
        }

        var due = _waiting.Min(b => _lastSent[b] + minEdit);
        return due > now ? due - now : TimeSpan.Zero;
    }
}
