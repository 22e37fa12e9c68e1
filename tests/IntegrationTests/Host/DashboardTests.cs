using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace ServerStatus.IntegrationTests.Host;

/// <summary>
/// The Hangfire dashboard behind configured credentials, opened in real headless Chromium. The bot and the browser
/// are shared by the class; failed logins count per client address, so every test that fails on purpose (or
/// locks an address out) comes from a loopback address of its own, and the browser's 127.0.0.1 stays unlocked.
/// </summary>
public sealed class DashboardTests(DashboardTests.Setup fixture) : BotTests<DashboardTests.Setup>(fixture)
{
    private const long BudgetKb = 64;

    [Fact]
    public async Task ListsTheRecurringJobs_WhenLoggedInInABrowser()
    {
        await using var context = await Fixture.LoggedInContextAsync();
        var page = await context.NewPageAsync();

        var content = await Fixture.OpenRecurringPageAsync(page);

        content.ShouldContain("trim-logs");
        content.ShouldContain("prune-audit");
    }

    [Fact]
    public async Task Answers401InTheBrowser_WhenThePasswordIsWrong()
    {
        await using var context = await Fixture.LoggedInContextAsync("wrong-password");
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(new Uri(Bot.BaseAddress, "/hangfire/recurring").ToString());

        response.ShouldNotBeNull().Status.ShouldBe(401);
        (await page.ContentAsync()).ShouldNotContain("trim-logs");
    }

    [Fact]
    public async Task ShrinksTheLogDirectoryToItsBudget_WhenTrimLogsIsTriggeredFromTheDashboard()
    {
        var old = DateTime.UtcNow.AddDays(-1);
        for (var i = 1; i <= 3; i++)
        {
            var path = Path.Combine(Bot.LogDirectory, $"latest_00{i}.log");
            await File.WriteAllTextAsync(path, new string('x', 40 * 1024));
            File.SetLastWriteTimeUtc(path, old.AddMinutes(i));
        }

        DirectorySizeKb().ShouldBeGreaterThan(BudgetKb);
        await using (var context = await Fixture.LoggedInContextAsync())
        {
            var page = await context.NewPageAsync();
            await Fixture.OpenRecurringPageAsync(page);

            await page.CheckAsync("input.js-jobs-list-checkbox[value='trim-logs']");
            await page.ClickAsync("button.js-jobs-list-command:has-text('Trigger now')");

            await Eventually.HoldsAsync(() => DirectorySizeKb() <= BudgetKb, "the log directory fits its budget");
        }

        File.Exists(Path.Combine(Bot.LogDirectory, "latest.log")).ShouldBeTrue();
        File.Exists(Path.Combine(Bot.LogDirectory, "latest_001.log")).ShouldBeFalse();
        File.Exists(Path.Combine(Bot.LogDirectory, "latest_003.log")).ShouldBeTrue();
    }

    [Fact]
    public async Task Answers401WithAChallenge_WhenThePasswordIsWrong()
    {
        using var http = ClientFrom("127.0.0.41");

        using var anonymous = await http.GetAsync(new Uri("/hangfire", UriKind.Relative));
        using var wrong = await SendAsync(http, DashboardFixture.Basic(DashboardFixture.User, "not-the-password"));

        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        anonymous.Headers.WwwAuthenticate.ToString().ShouldStartWith("Basic");
        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task LetsABearerTokenIn_AndRefusesAWrongOne()
    {
        using var http = ClientFrom("127.0.0.42");

        using var right = await SendAsync(http, new AuthenticationHeaderValue("Bearer", DashboardFixture.Token));
        using var wrong = await SendAsync(http, new AuthenticationHeaderValue("Bearer", DashboardFixture.Token + "x"));

        right.StatusCode.ShouldBe(HttpStatusCode.OK);
        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task LocksTheAddressOut_AfterRepeatedFailures_EvenForTheRightPassword()
    {
        using var http = ClientFrom("127.0.0.43");
        for (var i = 0; i < 3; i++)
        {
            using var failed = await SendAsync(http, DashboardFixture.Basic(DashboardFixture.User, "guess-" + i));
            failed.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        using var locked = await SendAsync(http, DashboardFixture.Basic(DashboardFixture.User, DashboardFixture.Password));

        locked.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        locked.Headers.RetryAfter.ShouldNotBeNull();
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, AuthenticationHeaderValue authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/hangfire", UriKind.Relative));
        request.Headers.Authorization = authorization;
        return await http.SendAsync(request);
    }

    private long DirectorySizeKb() => new DirectoryInfo(Bot.LogDirectory).EnumerateFiles().Sum(f => f.Length) / 1024;

    /// <summary>A client whose requests come from <paramref name="address"/> (any 127.x.y.z is this machine), so its failed logins are its own.</summary>
    private HttpClient ClientFrom(string address) => new(new SocketsHttpHandler
    {
        ConnectCallback = async (context, ct) =>
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
            try
            {
                socket.Bind(new IPEndPoint(IPAddress.Parse(address), 0));
                await socket.ConnectAsync(new IPEndPoint(IPAddress.Parse(context.DnsEndPoint.Host), context.DnsEndPoint.Port), ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    })
    {
        BaseAddress = Bot.BaseAddress,
    };

    /// <summary>Dashboard credentials, a lock-out after three failures and a small log directory budget.</summary>
    public sealed class Setup : DashboardFixture
    {
        protected override void Configure(Dictionary<string, string?> settings)
        {
            base.Configure(settings);
            settings["Dashboard:MaxFailures"] = "3";
            settings["Logging:File:DirectoryBudgetKb"] = BudgetKb.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
