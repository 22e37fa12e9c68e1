namespace DiscordApi.Rest;

/// <summary>
/// State of one rate-limit bucket: limit, remaining and a monotonic reset moment (now + Reset-After on the
/// <see cref="TimeProvider"/>'s clock). Requests through one bucket are serialized by <see cref="Gate"/> (FIFO).
/// </summary>
internal sealed class RateLimitBucket(string id, TimeProvider time)
{
    private readonly Lock _sync = new();
    private readonly long _origin = time.GetTimestamp();
    private TimeSpan _resetAt;
    private long _lastUpdate = long.MinValue;

    public string Id { get; } = id;

    public AsyncFifoLock Gate { get; } = new();

    /// <summary>Null until a response told us.</summary>
    public int? Limit { get; private set; }

    /// <summary>Null until a response told us.</summary>
    public int? Remaining { get; private set; }

    private TimeSpan Now => time.GetElapsedTime(_origin);

    /// <summary>How long to wait before the next request may go out (zero when it may go now).</summary>
    public TimeSpan GetDelay()
    {
        lock (_sync)
        {
            var now = Now;
            return Remaining is <= 0 && now < _resetAt ? _resetAt - now : TimeSpan.Zero;
        }
    }

    /// <summary>Counts a request as sent; refills first when the reset moment has passed.</summary>
    public void OnSend()
    {
        lock (_sync)
        {
            if (Now >= _resetAt && Limit is { } limit)
            {
                Remaining = limit;
            }

            if (Remaining is > 0)
            {
                Remaining--;
            }
        }
    }

    /// <summary>
    /// Applies rate-limit headers of a response; <paramref name="sequence"/> orders requests so that only the newest
    /// response overwrites the state.
    /// </summary>
    public void Update(int? limit, int? remaining, TimeSpan? resetAfter, long sequence)
    {
        lock (_sync)
        {
            if (sequence < _lastUpdate || (limit is null && remaining is null && resetAfter is null))
            {
                return;
            }

            _lastUpdate = sequence;
            Limit = limit ?? Limit;
            Remaining = remaining ?? Remaining;
            if (resetAfter is { } after)
            {
                _resetAt = Now + after;
            }
        }
    }

    /// <summary>After a 429 for this bucket: nothing left until <paramref name="retryAfter"/> has passed.</summary>
    public void Exhaust(TimeSpan retryAfter)
    {
        lock (_sync)
        {
            Remaining = 0;
            var until = Now + retryAfter;
            if (until > _resetAt)
            {
                _resetAt = until;
            }
        }
    }
}
