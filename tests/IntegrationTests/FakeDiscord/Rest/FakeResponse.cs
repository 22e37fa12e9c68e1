using System.Globalization;
using System.Text.Json.Nodes;

namespace ServerStatus.IntegrationTests.FakeDiscord.Rest;

/// <summary>A scripted answer that replaces the fake's normal handling for a matching request.</summary>
public sealed record FakeResponse(int Status, string Body, string ContentType, IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>How long the fake waits before answering (simulates a hanging request / client timeout).</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>
    /// The request takes effect as usual (a message is created, an interaction answered) but the client gets this
    /// answer instead: the ambiguous 5xx after which a client cannot know whether its request went through.
    /// </summary>
    public bool TakesEffect { get; init; }

    /// <summary>A request that hangs for <paramref name="delay"/> before answering 200 with an empty object.</summary>
    public static FakeResponse Hang(TimeSpan delay) =>
        new(200, "{}", "application/json", new Dictionary<string, string>()) { Delay = delay };

    /// <summary>A bucket (scope user), global or shared rate limit with the JSON body Discord sends.</summary>
    public static FakeResponse RateLimited(double retryAfterSeconds, bool global = false, string scope = "user")
    {
        var body = new JsonObject
        {
            ["message"] = "You are being rate limited.",
            ["retry_after"] = retryAfterSeconds,
            ["global"] = global,
        };
        var headers = new Dictionary<string, string>
        {
            ["Retry-After"] = Math.Ceiling(retryAfterSeconds).ToString(CultureInfo.InvariantCulture),
            ["X-RateLimit-Scope"] = global ? "global" : scope,
        };
        if (global)
        {
            headers["X-RateLimit-Global"] = "true";
        }
        else
        {
            headers["X-RateLimit-Remaining"] = "0";
            headers["X-RateLimit-Reset-After"] = retryAfterSeconds.ToString("0.000", CultureInfo.InvariantCulture);
        }

        return new FakeResponse(429, body.ToJsonString(), "application/json", headers);
    }

    /// <summary>A Cloudflare ban page: 429 without JSON and without rate-limit headers.</summary>
    public static FakeResponse CloudflareBan() =>
        new(429, "<html><body>error code: 1015</body></html>", "text/html", new Dictionary<string, string>());

    public static FakeResponse ServerError(int status = 502) =>
        new(status, "<html>upstream connect error</html>", "text/html", new Dictionary<string, string>());

    /// <summary>A server error answered after the request took effect (see <see cref="TakesEffect"/>).</summary>
    public static FakeResponse ServerErrorAfterEffect(int status = 502) => ServerError(status) with { TakesEffect = true };

    /// <summary>A Discord JSON error such as <c>(404, 10008, "Unknown Message")</c>.</summary>
    public static FakeResponse Error(int status, int code, string message) =>
        new(status, new JsonObject { ["message"] = message, ["code"] = code }.ToJsonString(), "application/json", new Dictionary<string, string>());

    public static FakeResponse Unauthorized() => Error(401, 0, "401: Unauthorized");
}
