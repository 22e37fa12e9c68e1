using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ServerStatus.IntegrationTests.Host;

/// <summary>
/// Cross-site request forgery against the dashboard, with a login configured: a state-changing request needs the
/// antiforgery token of a dashboard page and an <c>Origin</c> (or <c>Referer</c>) of the dashboard itself. Each test
/// triggers <c>prune-backups</c> and looks at whether Hangfire made a job of it.
/// </summary>
public sealed partial class DashboardCrossSiteTests(DashboardFixture fixture) : BotTests<DashboardFixture>(fixture)
{
    private const string Job = "prune-backups";
    private const string TriggerPath = "/hangfire/recurring/trigger";
    private const string DashboardOrigin = "{dashboard}";

    /// <summary>
    /// The operator has the dashboard open (its login and its antiforgery cookie are in the browser), then opens a page
    /// on another port of the same loopback address: another origin but the same site, so even a SameSite=Strict
    /// cookie goes along with the forged request; only the missing token and the foreign Origin can stop it.
    /// </summary>
    [Theory]
    [InlineData("form")]
    [InlineData("fetch")]
    public async Task TriggersNothing_WhenAPageOnAnotherOriginPostsToTheDashboardInTheBrowser(string how)
    {
        await using var context = await Fixture.LoggedInContextAsync();
        var page = await context.NewPageAsync();
        await Fixture.OpenRecurringPageAsync(page);
        var before = Fixture.LastJobOf(Job);
        await using var site = await CrossOriginSite.StartAsync(ForgingPage(how));

        var response = await page.RunAndWaitForResponseAsync(
            () => page.GotoAsync(site.Address.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Commit }),
            r => r.Request.Method == "POST" && r.Url.EndsWith(TriggerPath, StringComparison.Ordinal) && r.Status != 401);

        response.Status.ShouldBe(403);
        Fixture.LastJobOf(Job).ShouldBe(before);
    }

    [Fact]
    public async Task TriggersNothing_WhenACrossOriginPostCarriesTheCredentialsABrowserResends()
    {
        using var http = DashboardClient();
        var before = Fixture.LastJobOf(Job);

        using var response = await PostTriggerAsync(http, token: null, "Origin", "http://evil.example");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        Fixture.LastJobOf(Job).ShouldBe(before);
    }

    [Fact]
    public async Task TriggersNothing_WhenASameOriginPostHasNoToken()
    {
        using var http = DashboardClient();
        var before = Fixture.LastJobOf(Job);

        using var response = await PostTriggerAsync(http, token: null, "Origin", DashboardOrigin);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        Fixture.LastJobOf(Job).ShouldBe(before);
    }

    [Theory]
    [InlineData("Origin", "http://evil.example")]
    [InlineData("Origin", "null")]
    [InlineData("Referer", "http://evil.example/jobs")]
    [InlineData(null, null)]
    public async Task TriggersNothing_WhenAPostWithTheTokenOfADashboardPageComesFromAnotherOrNoOrigin(string? header, string? value)
    {
        using var http = DashboardClient();
        var token = await TokenOfADashboardPageAsync(http);
        var before = Fixture.LastJobOf(Job);

        using var response = await PostTriggerAsync(http, token, header, value);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        Fixture.LastJobOf(Job).ShouldBe(before);
    }

    [Theory]
    [InlineData("Origin", DashboardOrigin)]
    [InlineData("Referer", DashboardOrigin + "/hangfire/recurring")]
    public async Task TriggersTheJob_WhenAPostWithTheTokenOfADashboardPageComesFromTheDashboard(string header, string value)
    {
        using var http = DashboardClient();
        var token = await TokenOfADashboardPageAsync(http);
        var before = Fixture.LastJobOf(Job);

        using var response = await PostTriggerAsync(http, token, header, value);

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        Fixture.LastJobOf(Job).ShouldNotBe(before);
    }

    /// <summary>A page that posts the dashboard's "trigger now" form for <see cref="Job"/> as soon as it loads.</summary>
    private string ForgingPage(string how)
    {
        var target = new Uri(Bot.BaseAddress, TriggerPath);
        return how switch
        {
            "form" => $$"""
                <form id="forged" method="post" action="{{target}}"><input name="jobs[]" value="{{Job}}"></form>
                <script>document.getElementById('forged').submit();</script>
                """,
            _ => $$"""
                <script>fetch('{{target}}', { method: 'POST', mode: 'no-cors', credentials: 'include', body: new URLSearchParams({ 'jobs[]': '{{Job}}' }) });</script>
                """,
        };
    }

    /// <summary>A client that logs in as a browser that has remembered the login would, and keeps cookies.</summary>
    private HttpClient DashboardClient()
    {
        var http = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer() }) { BaseAddress = Bot.BaseAddress };
        http.DefaultRequestHeaders.Authorization = DashboardFixture.Basic(DashboardFixture.User, DashboardFixture.Password);
        return http;
    }

    /// <summary>Opens a dashboard page and reads the antiforgery header and token it gives its scripts (the cookie stays in the client).</summary>
    private static async Task<(string Header, string Value)> TokenOfADashboardPageAsync(HttpClient http)
    {
        var page = await http.GetStringAsync(new Uri("/hangfire/recurring", UriKind.Relative));
        var header = CsrfHeader().Match(page).Groups[1].Value;
        var token = CsrfToken().Match(page).Groups[1].Value;
        header.ShouldNotBeEmpty("the dashboard page names no antiforgery header");
        token.ShouldNotBeEmpty("the dashboard page carries no antiforgery token");
        return (WebUtility.HtmlDecode(header), WebUtility.HtmlDecode(token));
    }

    private async Task<HttpResponseMessage> PostTriggerAsync(HttpClient http, (string Header, string Value)? token, string? originHeader, string? origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(TriggerPath, UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([new("jobs[]", Job)]),
        };
        if (token is { } t)
        {
            request.Headers.Add(t.Header, t.Value);
        }

        if (originHeader is not null)
        {
            request.Headers.TryAddWithoutValidation(originHeader, origin?.Replace(DashboardOrigin, Bot.BaseAddress.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal));
        }

        return await http.SendAsync(request);
    }

    [GeneratedRegex("<meta name=\"csrf-header\" content=\"([^\"]*)\"")]
    private static partial Regex CsrfHeader();

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]*)\"")]
    private static partial Regex CsrfToken();
}
