namespace ServerStatus.Presentation.Discord.Bot;

/// <summary>
/// Remembers the ids of recent messages and interactions, so an event Discord delivers twice
/// (replays around a resume) is answered once.
/// </summary>
public sealed class EventDeduplicator(int capacity = 10_000)
{
    private readonly HashSet<ulong> _seen = [];
    private readonly Queue<ulong> _order = new();
    private readonly Lock _lock = new();

    /// <summary>True the first time an id is seen.</summary>
    public bool FirstTime(ulong id)
    {
        lock (_lock)
        {
            if (!_seen.Add(id))
            {
                return false;
            }

            _order.Enqueue(id);
            if (_order.Count > capacity)
            {
                _seen.Remove(_order.Dequeue());
            }

            return true;
        }
    }
}
