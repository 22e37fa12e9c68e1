namespace ServerStatus.Domain.Watch;

/// <summary>
/// How far an engine's event stream has been handled: the time of the last event and the keys of the events of
/// that very instant (the stream is resumed from that instant inclusive, so those are skipped once).
/// </summary>
public sealed class EventCursor
{
    public const int EngineMaxLength = 100;
    public const int KeysMaxLength = 4000;

    private EventCursor()
    {
    }

    public string Engine { get; private set; } = "";

    public long TimeNanos { get; private set; }

    /// <summary>Newline-separated keys of the events handled at <see cref="TimeNanos"/>.</summary>
    public string Keys { get; private set; } = "";

    public static EventCursor Start(string engine)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(engine);
        return new EventCursor { Engine = engine };
    }

    /// <summary>Whether the event was handled already (before or at the cursor's instant).</summary>
    public bool HasSeen(long timeNanos, string key) =>
        timeNanos < TimeNanos || (timeNanos == TimeNanos && Keys.Split('\n').Contains(key, StringComparer.Ordinal));

    public void Advance(long timeNanos, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (timeNanos > TimeNanos)
        {
            TimeNanos = timeNanos;
            Keys = key;
        }
        else if (timeNanos == TimeNanos && Keys.Length + key.Length + 1 <= KeysMaxLength)
        {
            Keys = Keys.Length == 0 ? key : Keys + "\n" + key;
        }
    }
}
