using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace ServerStatus.IntegrationTests.FakeDiscord.Rest;

// Discord's rate limits: per-route buckets with major parameters, the headers a client reads, and 429s into an exhausted bucket.
public sealed partial class FakeDiscordRest
{
    private static readonly string[] MajorParameters = ["channel_id", "guild_id", "webhook_id", "webhook_token"];

    private readonly Dictionary<string, FakeRouteLimit> _limits = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BucketState> _buckets = new(StringComparer.Ordinal);
    private int _violations;

    /// <summary>Rate limit of routes without their own (<see cref="SetRateLimit"/>); the bucket hash is derived from the route.</summary>
    public (int Limit, TimeSpan ResetAfter) DefaultLimit { get; set; } = (50, TimeSpan.FromSeconds(1));

    /// <summary>Requests that arrived while their bucket was exhausted (a well-behaved client causes none).</summary>
    public int RateLimitViolations
    {
        get
        {
            lock (_sync)
            {
                return _violations;
            }
        }
    }

    /// <summary>Sets the limit the fake enforces and reports for one route (e.g. <c>("POST", "channels/{channel_id}/messages")</c>).</summary>
    public void SetRateLimit(string method, string template, int limit, TimeSpan resetAfter, string? bucket = null)
    {
        lock (_sync)
        {
            _limits[method + " " + template] = new FakeRouteLimit(limit, resetAfter, bucket ?? DefaultBucket(method, template));
        }
    }

    private static string DefaultBucket(string method, string template) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(method + " " + template)))[..16];

    private Reply? ApplyRateLimit(FakeRequest request, Dictionary<string, string> headers)
    {
        var key = request.Method + " " + request.Template;
        var limit = _limits.GetValueOrDefault(key)
            ?? new FakeRouteLimit(DefaultLimit.Limit, DefaultLimit.ResetAfter, DefaultBucket(request.Method, request.Template));
        var majors = string.Join("&", MajorParameters.Where(request.RouteValues.ContainsKey).Select(p => p + "=" + request.RouteValues[p]));
        var stateKey = limit.Bucket + "|" + majors;
        var now = Now;
        if (!_buckets.TryGetValue(stateKey, out var state) || now >= state.ResetAt)
        {
            state = new BucketState { Remaining = limit.Limit, ResetAt = now + limit.ResetAfter };
            _buckets[stateKey] = state;
        }

        var resetAfter = state.ResetAt - now;
        headers["X-RateLimit-Limit"] = limit.Limit.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Bucket"] = limit.Bucket;
        headers["X-RateLimit-Reset-After"] = resetAfter.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset"] = ((_time.GetUtcNow() + resetAfter).ToUnixTimeMilliseconds() / 1000.0).ToString("0.000", CultureInfo.InvariantCulture);
        if (state.Remaining <= 0)
        {
            _violations++;
            headers["X-RateLimit-Remaining"] = "0";
            headers["X-RateLimit-Scope"] = "user";
            headers["Retry-After"] = Math.Ceiling(resetAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            var body = new JsonObject
            {
                ["message"] = "You are being rate limited.",
                ["retry_after"] = Math.Round(resetAfter.TotalSeconds, 3),
                ["global"] = false,
            };
            return new Reply(429, body.ToJsonString(), "application/json", headers);
        }

        state.Remaining--;
        headers["X-RateLimit-Remaining"] = state.Remaining.ToString(CultureInfo.InvariantCulture);
        return null;
    }

    private sealed class BucketState
    {
        public int Remaining { get; set; }

        public TimeSpan ResetAt { get; set; }
    }
}
