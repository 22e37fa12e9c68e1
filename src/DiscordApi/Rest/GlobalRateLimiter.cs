namespace DiscordApi.Rest;

/// <summary>Process-wide token bucket for Discord's global limit (50 requests/s), plus the pause after a global 429.</summary>
internal sealed class GlobalRateLimiter(TimeProvider time, int requestsPerSecond = 50)
{
    private readonly Lock _sync = new();
    private readonly long _origin = time.GetTimestamp();
    private double _tokens = requestsPerSecond;
    private TimeSpan _lastRefill;
    private TimeSpan _pausedUntil;

    private TimeSpan Now => time.GetElapsedTime(_origin);

    /// <summary>Time left of a global pause (zero when not paused).</summary>
    public TimeSpan PauseRemaining
    {
        get
        {
            lock (_sync)
            {
                var now = Now;
                return _pausedUntil > now ? _pausedUntil - now : TimeSpan.Zero;
            }
        }
    }

    /// <summary>Takes a token and returns zero, or returns how long to wait before asking again (taking nothing).</summary>
    public TimeSpan TryAcquire()
    {
        lock (_sync)
        {
            var now = Now;
            if (_pausedUntil > now)
            {
                return _pausedUntil - now;
            }

            _tokens = Math.Min(requestsPerSecond, _tokens + ((now - _lastRefill).TotalSeconds * requestsPerSecond));
            _lastRefill = now;
            if (_tokens >= 1)
            {
                _tokens--;
                return TimeSpan.Zero;
            }

            return TimeSpan.FromSeconds((1 - _tokens) / requestsPerSecond);
        }
    }

    /// <summary>After a global 429: nothing under the global limit may go out for <paramref name="duration"/>.</summary>
    public void Pause(TimeSpan duration)
    {
        lock (_sync)
        {
            var until = Now + duration;
            if (until > _pausedUntil)
            {
                _pausedUntil = until;
            }
        }
    }
}
