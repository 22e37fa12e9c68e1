using System.Collections.Concurrent;

namespace DiscordApi.Rest;

/// <summary>
/// Maps routes to bucket state. Until Discord reports a bucket hash for a route (method + template) its state lives
/// under the route key; afterwards under <c>hash + major parameters</c>, so routes with the same hash share state
/// and a changed hash moves the route to the new bucket.
/// </summary>
internal sealed class BucketRegistry(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, string> _hashes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);

    public int Count => _buckets.Count;

    public RateLimitBucket Resolve(RestRoute route)
    {
        ArgumentNullException.ThrowIfNull(route);
        var id = _hashes.TryGetValue(route.BucketRoute, out var hash) ? hash + "|" + route.MajorParameters : route.Key;
        return _buckets.GetOrAdd(id, key => new RateLimitBucket(key, time));
    }

    /// <summary>Records the hash Discord reported for the route; returns the bucket the route now uses.</summary>
    public RateLimitBucket Learn(RestRoute route, string? hash)
    {
        ArgumentNullException.ThrowIfNull(route);
        if (!string.IsNullOrEmpty(hash))
        {
            _hashes[route.BucketRoute] = hash;
        }

        return Resolve(route);
    }

    public string? HashOf(RestRoute route) => _hashes.TryGetValue(route.BucketRoute, out var hash) ? hash : null;
}
