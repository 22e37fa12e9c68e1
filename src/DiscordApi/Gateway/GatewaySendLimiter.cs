namespace DiscordApi.Gateway;

/// <summary>Per-connection gateway send budget: at most <see cref="Limit"/> payloads per sliding
/// <see cref="Window"/>, of which <see cref="HeartbeatReserve"/> are kept for heartbeats. The reserve is computed
/// from the heartbeat interval, ceil(window / interval) + 1, never fixed (nextcore #145).</summary>
internal sealed class GatewaySendLimiter(TimeProvider timeProvider, int limit = 120, TimeSpan? window = null)
{
    /// <summary>Largest payload Discord accepts; bigger ones are refused locally (Discord would close 4002).</summary>
    public const int MaxPayloadBytes = 4096;

    private static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(41_250);

    private readonly Queue<DateTimeOffset> _all = new();
    private readonly Queue<DateTimeOffset> _others = new();
    private readonly Lock _lock = new();

    public int Limit => limit;

    public TimeSpan Window { get; } = window ?? TimeSpan.FromSeconds(60);

    public int HeartbeatReserve { get; private set; } = ComputeReserve(DefaultInterval, limit, window ?? TimeSpan.FromSeconds(60));

    /// <summary>Slots heartbeats need per window, capped at half the budget so other payloads always get some.</summary>
    public static int ComputeReserve(TimeSpan heartbeatInterval, int limit, TimeSpan window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(heartbeatInterval, TimeSpan.Zero);
        var needed = (int)Math.Ceiling(window.TotalMilliseconds / heartbeatInterval.TotalMilliseconds) + 1;
        return Math.Min(needed, limit / 2);
    }

    public void SetHeartbeatInterval(TimeSpan interval) => HeartbeatReserve = ComputeReserve(interval, limit, Window);

    /// <summary>Takes a slot now, or says how long to wait before asking again.</summary>
    public bool TryAcquire(bool isHeartbeat, out TimeSpan retryAfter)
    {
        lock (_lock)
        {
            var now = timeProvider.GetUtcNow();
            Prune(_all, now);
            Prune(_others, now);
            retryAfter = TimeSpan.Zero;
            if (_all.Count >= limit)
            {
                retryAfter = _all.Peek() + Window - now;
            }

            if (!isHeartbeat && _others.Count >= limit - HeartbeatReserve)
            {
                var othersWait = _others.Peek() + Window - now;
                retryAfter = othersWait > retryAfter ? othersWait : retryAfter;
            }

            if (retryAfter > TimeSpan.Zero)
            {
                return false;
            }

            _all.Enqueue(now);
            if (!isHeartbeat)
            {
                _others.Enqueue(now);
            }

            return true;
        }
    }

    private void Prune(Queue<DateTimeOffset> sent, DateTimeOffset now)
    {
        while (sent.Count > 0 && sent.Peek() + Window <= now)
        {
            sent.Dequeue();
        }
    }
}
