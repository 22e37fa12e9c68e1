namespace DiscordApi.Gateway;

/// <summary>Exponential backoff with full jitter: the n-th consecutive failure waits a random time in
/// [0, min(cap, base * 2^(n-1))). <see cref="Reset"/> after READY or RESUMED.</summary>
internal sealed class ReconnectBackoff(TimeSpan baseDelay, TimeSpan cap, IRandomSource random)
{
    public int Failures { get; private set; }

    /// <summary>The ceiling the next call to <see cref="Next"/> draws below.</summary>
    public TimeSpan NextCeiling
    {
        get
        {
            var exponent = Math.Min(Failures, 30);
            var ceiling = baseDelay.TotalMilliseconds * Math.Pow(2, exponent);
            return TimeSpan.FromMilliseconds(Math.Min(ceiling, cap.TotalMilliseconds));
        }
    }

    public TimeSpan Next()
    {
        var ceiling = NextCeiling;
        Failures++;
        return TimeSpan.FromMilliseconds(ceiling.TotalMilliseconds * random.NextDouble());
    }

    public void Reset() => Failures = 0;
}
