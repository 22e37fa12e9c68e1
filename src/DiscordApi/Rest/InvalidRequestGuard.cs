namespace DiscordApi.Rest;

/// <summary>
/// Counts invalid requests (401, 403, non-shared 429) in a sliding window; Cloudflare bans the IP at 10,000 per
/// 10 minutes, so we trip far earlier (default 1,000) and stop sending until the window has drained.
/// </summary>
internal sealed class InvalidRequestGuard(TimeProvider time, int limit = 1000, TimeSpan? window = null)
{
    private readonly Lock _sync = new();
    private readonly Queue<TimeSpan> _hits = new();
    private readonly long _origin = time.GetTimestamp();
    private readonly TimeSpan _window = window ?? TimeSpan.FromMinutes(10);

    public int Limit => limit;

    public int Count
    {
        get
        {
            lock (_sync)
            {
                Prune(time.GetElapsedTime(_origin));
                return _hits.Count;
            }
        }
    }

    public bool IsTripped => Count >= limit;

    /// <summary>Records one invalid request; returns true when this one tripped the guard.</summary>
    public bool Record()
    {
        lock (_sync)
        {
            var now = time.GetElapsedTime(_origin);
            Prune(now);
            _hits.Enqueue(now);
            return _hits.Count == limit;
        }
    }

    private void Prune(TimeSpan now)
    {
        while (_hits.Count > 0 && now - _hits.Peek() >= _window)
        {
            _hits.Dequeue();
        }
    }
}
