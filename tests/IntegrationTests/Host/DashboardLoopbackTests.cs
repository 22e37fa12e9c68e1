using System.Net;

namespace ServerStatus.IntegrationTests.Host;

/// <summary>With no dashboard credentials configured: local requests only, and read-only.</summary>
public sealed class DashboardLoopbackTests(BotFixture fixture) : BotTests<BotFixture>(fixture)
{
    [Fact]
    public async Task ServesTheDashboardReadOnly_ToALocalRequest()
    {
        using var http = new HttpClient { BaseAddress = Bot.BaseAddress };

        using var response = await http.GetAsync(new Uri("/hangfire/recurring", UriKind.Relative));
        var page = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.ShouldNotContain("js-jobs-list-command");
    }

    [Fact]
    public async Task RefusesJobCommands_ToALocalRequest()
    {
        using var http = new HttpClient { BaseAddress = Bot.BaseAddress };
        using var form = new FormUrlEncodedContent([new("jobs[]", "trim-logs")]);

        using var response = await http.PostAsync(new Uri("/hangfire/recurring/trigger", UriKind.Relative), form);

        response.IsSuccessStatusCode.ShouldBeFalse();
    }

    [Theory]
    [InlineData("X-Forwarded-For", "203.0.113.7")]
    [InlineData("Forwarded", "for=203.0.113.7")]
    public async Task RefusesTheDashboard_ToARequestRelayedFromAnotherAddress(string header, string value)
    {
        using var http = new HttpClient { BaseAddress = Bot.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/hangfire", UriKind.Relative));
        request.Headers.Add(header, value);

        using var response = await http.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task RefusesTheDashboardsScriptsToo_ToARelayedRequest()
    {
        using var http = new HttpClient { BaseAddress = Bot.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/hangfire/js18", UriKind.Relative));
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        using var response = await http.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
