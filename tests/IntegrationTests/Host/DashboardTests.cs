using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace ServerStatus.IntegrationTests.Host;

/// <summary>
/// The Hangfire dashboard behind configured credentials, opened in real headless Chromium. The bot and the browser
/// are shared by the class; failed logins count per client, and this machine is one client whatever loopback address
/// it uses, so every test that fails on purpose (or locks a client out) comes as a client of its own through a local
/// reverse proxy (<c>X-Forwarded-For</c>), and this machine stays unlocked for the browser. Tests that lock this
/// machine or every client out start a bot of their own.
/// </summary>
public sealed class DashboardTests(DashboardTests.Setup fixture) : BotTests<DashboardTests.Setup>(fixture)
{
    private const long BudgetKb = 64;
    private const int MaxFailures = 3;

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
        await using var context = await Fixture.LoggedInContextAsync("wrong-password", [new("X-Forwarded-For", "198.51.100.40")]);
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
        using var http = ClientBehindProxy(Bot, "198.51.100.41");

        using var anonymous = await http.GetAsync(new Uri("/hangfire", UriKind.Relative));
        using var wrong = await LogInAsync(http, "not-the-password");

        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        anonymous.Headers.WwwAuthenticate.ToString().ShouldStartWith("Basic");
        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task LetsABearerTokenIn_AndRefusesAWrongOne()
    {
        using var http = ClientBehindProxy(Bot, "198.51.100.42");

        using var right = await SendAsync(http, new AuthenticationHeaderValue("Bearer", DashboardFixture.Token));
        using var wrong = await SendAsync(http, new AuthenticationHeaderValue("Bearer", DashboardFixture.Token + "x"));

        right.StatusCode.ShouldBe(HttpStatusCode.OK);
        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task LocksTheClientOut_AfterRepeatedFailures_EvenForTheRightPassword()
    {
        using var http = ClientBehindProxy(Bot, "198.51.100.43");
        await FailAsync(http, MaxFailures);

        using var locked = await LogInAsync(http, DashboardFixture.Password);

        locked.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        locked.Headers.RetryAfter.ShouldNotBeNull();
    }

    [Fact]
    public async Task LetsOtherClientsOfALocalProxyIn_WhenOneOfThemIsLockedOut()
    {
        using var guesser = ClientBehindProxy(Bot, "198.51.100.44");
        using var operatorClient = ClientBehindProxy(Bot, "198.51.100.45");
        await FailAsync(guesser, MaxFailures);

        using var guesserAgain = await LogInAsync(guesser, DashboardFixture.Password);
        using var operatorLogin = await LogInAsync(operatorClient, DashboardFixture.Password);

        guesserAgain.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        operatorLogin.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task LocksEveryLoopbackAddressOut_WhenOneOfThemIsLockedOut()
    {
        // A bot of its own: locking this machine out would lock the shared bot's browser out too.
        await using var bot = await Fixture.StartAnotherAsync();
        using var first = ClientFrom(bot, "127.0.0.1");
        using var second = ClientFrom(bot, "127.0.0.2");
        await FailAsync(first, MaxFailures);

        using var secondLogin = await LogInAsync(second, DashboardFixture.Password);

        secondLogin.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task LocksEveryClientOut_WhenFailuresFromManyClientsExhaustTheGlobalBudget()
    {
        // A bot of its own: a global lock-out would lock every other test out too.
        await using var bot = await Fixture.StartAnotherAsync(settings => settings["Dashboard:GlobalMaxFailures"] = "4");
        for (var client = 1; client <= 4; client++)
        {
            using var sprayer = ClientBehindProxy(bot, $"203.0.113.{client}");
            await FailAsync(sprayer, 1);
        }

        using var operatorClient = ClientBehindProxy(bot, "198.51.100.46");
        using var operatorLogin = await LogInAsync(operatorClient, DashboardFixture.Password);

        operatorLogin.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    private static async Task FailAsync(HttpClient http, int times)
    {
        for (var i = 0; i < times; i++)
        {
            using var failed = await LogInAsync(http, "guess-" + i);
            failed.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }
    }

    private static Task<HttpResponseMessage> LogInAsync(HttpClient http, string password) =>
        SendAsync(http, DashboardFixture.Basic(DashboardFixture.User, password));

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, AuthenticationHeaderValue authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/hangfire", UriKind.Relative));
        request.Headers.Authorization = authorization;
        return await http.SendAsync(request);
    }

    private long DirectorySizeKb() => new DirectoryInfo(Bot.LogDirectory).EnumerateFiles().Sum(f => f.Length) / 1024;

    /// <summary>A client as a local reverse proxy relays it: from loopback, with the client's address in <c>X-Forwarded-For</c>.</summary>
    private static HttpClient ClientBehindProxy(BotUnderTest bot, string clientAddress)
    {
        var http = new HttpClient { BaseAddress = bot.BaseAddress };
        http.DefaultRequestHeaders.Add("X-Forwarded-For", clientAddress);
        return http;
    }

    /// <summary>A client whose connections come from <paramref name="address"/> (any 127.x.y.z is this machine).</summary>
    private static HttpClient ClientFrom(BotUnderTest bot, string address) => new(new SocketsHttpHandler
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
        BaseAddress = bot.BaseAddress,
    };

    /// <summary>Dashboard credentials, a lock-out after <see cref="MaxFailures"/> failures and a small log directory budget.</summary>
    public sealed class Setup : DashboardFixture
    {
        protected override void Configure(Dictionary<string, string?> settings)
        {
            base.Configure(settings);
            settings["Dashboard:MaxFailures"] = MaxFailures.ToString(CultureInfo.InvariantCulture);
            settings["Logging:File:DirectoryBudgetKb"] = BudgetKb.ToString(CultureInfo.InvariantCulture);
        }
    }
}
