using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using ServerStatus.Presentation.Discord.Health;

namespace ServerStatus.IntegrationTests.Host;

/// <summary>Liveness and readiness; the second engine is a unix socket the test closes and reopens (the shared engine is never stopped).</summary>
public sealed class HealthTests(HealthTests.Setup fixture) : BotTests<HealthTests.Setup>(fixture)
{
    [Fact]
    public async Task AnswersLiveness()
    {
        using var http = new HttpClient { BaseAddress = Bot.BaseAddress };

        using var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Healthy");
    }

    [Fact]
    public async Task HealthcheckCommandExitsZero_WhenTheBotAnswersOnItsListener()
    {
        var errors = new StringWriter();

        var exitCode = await HealthCheckCommand.RunAsync(Configuration(Bot.BaseAddress.ToString()), errors, CancellationToken.None);

        exitCode.ShouldBe(0, errors.ToString());
    }

    [Fact]
    public async Task HealthcheckCommandExitsOneWithASentence_WhenNothingAnswers()
    {
        using var closed = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        var errors = new StringWriter();

        var exitCode = await HealthCheckCommand.RunAsync(Configuration($"http://0.0.0.0:{port}"), errors, CancellationToken.None);

        exitCode.ShouldBe(1);
        errors.ToString().ShouldStartWith($"http://127.0.0.1:{port}/healthz did not answer (");
    }

    [Fact]
    public async Task TurnsUnready_WhileAnEngineIsUnreachable_AndReadyAgainWhenItReturns()
    {
        using var http = new HttpClient { BaseAddress = Bot.BaseAddress };
        (await ReadinessAsync(http)).Status.ShouldBe(HttpStatusCode.OK);

        Fixture.StopSecondEngine();
        var down = await WaitForAsync(http, HttpStatusCode.ServiceUnavailable);

        down.Down.ShouldBe(["docker"]);
        down.Body.ShouldContain("flaky");
        down.Body.ShouldNotContain(Fixture.Socket);
        Bot.Logs.AllText.ShouldContain(Fixture.Socket);

        Fixture.StartSecondEngine();
        var up = await WaitForAsync(http, HttpStatusCode.OK);

        up.Down.ShouldBeEmpty();
        up.Body.ShouldContain("\"status\":\"Healthy\"");
    }

    private static IConfiguration Configuration(string urls) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Urls"] = urls }).Build();

    private static async Task<(HttpStatusCode Status, string[] Down, string Body)> WaitForAsync(HttpClient http, HttpStatusCode expected)
    {
        var answer = await Eventually.ValueAsync(() => ReadinessAsync(http), answer => answer.Status == expected, $"readiness answers {expected}");
        answer.Status.ShouldBe(expected, answer.Body);
        return answer;
    }

    private static async Task<(HttpStatusCode Status, string[] Down, string Body)> ReadinessAsync(HttpClient http)
    {
        using var response = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        var down = json.RootElement.GetProperty("down").EnumerateArray().Select(e => e.GetString() ?? "").ToArray();
        return (response.StatusCode, down, body);
    }

    /// <summary>A second engine <c>flaky</c>: a unix socket that answers Docker's ping while it is started; a reset starts it again.</summary>
    public sealed class Setup : BotFixture
    {
        private readonly string _socket = Path.Combine(Path.GetTempPath(), $"serverstatus-health-{Guid.NewGuid():N}.sock");
        private UnixSocketListener? _engine;

        public string Socket => _socket;

        public void StartSecondEngine() => _engine ??= new UnixSocketListener(_socket);

        public void StopSecondEngine()
        {
            _engine?.Dispose();
            _engine = null;
        }

        protected override Task BeforeStartAsync()
        {
            StartSecondEngine();
            return Task.CompletedTask;
        }

        protected override void Configure(Dictionary<string, string?> settings)
        {
            settings["Docker:Engines:1:Name"] = "flaky";
            settings["Docker:Engines:1:Endpoint"] = "unix://" + _socket;
            settings["Docker:RequestTimeoutSeconds"] = "2";
        }

        protected override Task ResetAsync()
        {
            StartSecondEngine();
            return base.ResetAsync();
        }

        protected override Task CleanUpAsync()
        {
            StopSecondEngine();
            return Task.CompletedTask;
        }
    }
}
