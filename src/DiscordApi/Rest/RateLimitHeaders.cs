using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace DiscordApi.Rest;

/// <summary>Rate-limit information of one response (headers, and the JSON body of a 429).</summary>
internal sealed record RateLimitHeaders(
    int? Limit,
    int? Remaining,
    TimeSpan? ResetAfter,
    string? Bucket,
    bool IsGlobal,
    string? Scope,
    TimeSpan? RetryAfterHeader)
{
    public bool IsShared => string.Equals(Scope, "shared", StringComparison.OrdinalIgnoreCase);

    public static RateLimitHeaders From(HttpResponseHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        return new RateLimitHeaders(
            ParseInt(Get(headers, "X-RateLimit-Limit")),
            ParseInt(Get(headers, "X-RateLimit-Remaining")),
            ParseSeconds(Get(headers, "X-RateLimit-Reset-After")),
            Get(headers, "X-RateLimit-Bucket"),
            string.Equals(Get(headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase),
            Get(headers, "X-RateLimit-Scope"),
            ParseSeconds(Get(headers, "Retry-After")));
    }

    /// <summary>Parses decimal seconds with the invariant culture, keeping fractions (<c>"1.5"</c> is 1.5 s in every culture).</summary>
    public static TimeSpan? ParseSeconds(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && double.IsFinite(seconds)
            ? TimeSpan.FromSeconds(seconds)
            : null;

    /// <summary>Reads <c>{retry_after, global}</c> from a 429 body; false when the body is not JSON (a Cloudflare ban page).</summary>
    public static bool TryParseBody(string body, out TimeSpan? retryAfter, out bool global)
    {
        retryAfter = null;
        global = false;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            if (document.RootElement.TryGetProperty("retry_after", out var r))
            {
                retryAfter = r.ValueKind switch
                {
                    JsonValueKind.Number => r.GetDouble() is var s and >= 0 ? TimeSpan.FromSeconds(s) : null,
                    JsonValueKind.String => ParseSeconds(r.GetString()),
                    _ => null,
                };
            }

            global = document.RootElement.TryGetProperty("global", out var g) && g.ValueKind == JsonValueKind.True;
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string? Get(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static int? ParseInt(string? value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;
}
