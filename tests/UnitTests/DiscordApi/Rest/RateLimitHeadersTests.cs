using System.Globalization;
using DiscordApi.Rest;

namespace ServerStatus.UnitTests.DiscordApi.Rest;

public sealed class RateLimitHeadersTests
{
    [Fact]
    public void KeepsFractions_WhenCultureUsesDecimalComma()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("de-DE");
        try
        {
            RateLimitHeaders.ParseSeconds("1.5").ShouldBe(TimeSpan.FromSeconds(1.5));
            RateLimitHeaders.TryParseBody("""{"message":"You are being rate limited.","retry_after":0.347,"global":false}""", out var retryAfter, out var global)
                .ShouldBeTrue();
            retryAfter.ShouldBe(TimeSpan.FromSeconds(0.347));
            global.ShouldBeFalse();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void ReadsAllHeaders_WhenResponseIs429()
    {
        using var response = new HttpResponseMessage(System.Net.HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("X-RateLimit-Limit", "5");
        response.Headers.TryAddWithoutValidation("X-RateLimit-Remaining", "0");
        response.Headers.TryAddWithoutValidation("X-RateLimit-Reset-After", "2.250");
        response.Headers.TryAddWithoutValidation("X-RateLimit-Bucket", "abcd1234");
        response.Headers.TryAddWithoutValidation("X-RateLimit-Global", "true");
        response.Headers.TryAddWithoutValidation("X-RateLimit-Scope", "shared");
        response.Headers.TryAddWithoutValidation("Retry-After", "3");

        var headers = RateLimitHeaders.From(response.Headers);

        headers.ShouldBe(new RateLimitHeaders(5, 0, TimeSpan.FromSeconds(2.25), "abcd1234", true, "shared", TimeSpan.FromSeconds(3)));
        headers.IsShared.ShouldBeTrue();
    }

    [Fact]
    public void ReportsGlobal_WhenBodySaysSo()
    {
        RateLimitHeaders.TryParseBody("""{"retry_after":12.5,"global":true}""", out var retryAfter, out var global).ShouldBeTrue();

        retryAfter.ShouldBe(TimeSpan.FromSeconds(12.5));
        global.ShouldBeTrue();
    }

    [Fact]
    public void Fails_WhenBodyIsCloudflareHtml()
    {
        RateLimitHeaders.TryParseBody("<html><body>error code: 1015</body></html>", out _, out _).ShouldBeFalse();
    }
}
