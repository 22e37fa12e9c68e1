namespace DiscordApi.Gateway;

/// <summary>Keeps Identify payloads at least <paramref name="minInterval"/> apart and waits out an exhausted daily
/// budget (<c>session_start_limit.remaining == 0</c> → wait <c>reset_after</c>).</summary>
internal sealed class IdentifyThrottle(TimeProvider timeProvider, TimeSpan minInterval)
{
    private DateTimeOffset? _lastIdentify;

    public TimeSpan DelayBeforeIdentify(SessionStartLimit? limit)
    {
        var delay = TimeSpan.Zero;
        if (_lastIdentify is { } last)
        {
            delay = last + minInterval - timeProvider.GetUtcNow();
        }

        if (limit is { Remaining: <= 0 } && limit.ResetAfter > delay)
        {
            delay = limit.ResetAfter;
        }

        return delay > TimeSpan.Zero ? delay : TimeSpan.Zero;
    }

    public void RecordIdentify() => _lastIdentify = timeProvider.GetUtcNow();
}
