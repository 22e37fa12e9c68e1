namespace DiscordApi.Rest;

/// <summary>Tuning of the REST client's retry and protection behaviour; the defaults suit production, tests shrink them.</summary>
public sealed class DiscordRestSettings
{
    /// <summary>Retries after a 429 before giving up.</summary>
    public int MaxRateLimitRetries { get; init; } = 3;

    /// <summary>Retries after a 5xx / 130000 / timeout, for requests that are safe to repeat.</summary>
    public int MaxServerErrorRetries { get; init; } = 3;

    /// <summary>First backoff after a server error; doubles per retry.</summary>
    public TimeSpan ServerErrorBackoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Used when a 429 names no retry time at all.</summary>
    public TimeSpan DefaultRetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Stop all REST traffic after a non-JSON 429 (Cloudflare ban) for this long.</summary>
    public TimeSpan BanCooldown { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Invalid requests (401/403/non-shared 429) tolerated per <see cref="InvalidRequestWindow"/> (Discord bans at 10,000).</summary>
    public int InvalidRequestLimit { get; init; } = 1000;

    public TimeSpan InvalidRequestWindow { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Global requests per second (Discord: 50; interaction endpoints are exempt).</summary>
    public int GlobalRequestsPerSecond { get; init; } = 50;

    /// <summary>Longest a request waits in its bucket queue before giving up with <see cref="TimeoutException"/>.</summary>
    public TimeSpan MaxQueueWait { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Timeout of one HTTP attempt.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(20);
}
