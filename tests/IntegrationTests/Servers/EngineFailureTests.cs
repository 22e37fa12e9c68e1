using ServerStatus.Application.Bot;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Servers.GetServerStatus;

namespace ServerStatus.IntegrationTests.Servers;

/// <summary>An engine that stops answering after start-up: the bot says so clearly and keeps serving the others.</summary>
public sealed class EngineFailureTests(EngineFailureTests.Setup fixture) : AppTests<EngineFailureTests.Setup>(fixture)
{
    [Fact]
    public async Task ListsTheReachableEnginesAndNamesTheDeadOne()
    {
        var result = await App.SendAsync(TestApp.Admin, new GetServerStatus([]));

        var overview = result.Value.ShouldBeOfType<StatusOverview>();
        overview.Servers.Select(s => s.Id.QualifiedName).ShouldBe(["local/alive"]);
        overview.Problems.ShouldHaveSingleItem().Engine.ShouldBe("eu1");
        overview.Problems[0].Message.ShouldContain("Docker engine `eu1` is not reachable");
        overview.Problems[0].Message.ShouldNotContain(Fixture.DeadSocket);
        App.Logs.AllText.ShouldContain(Fixture.DeadSocket);
    }

    [Fact]
    public async Task SaysTheServerMayBeOnTheDeadEngine_WhenANameIsNotFound()
    {
        var result = await App.SendAsync(TestApp.Admin, new RunPowerAction(PowerAction.Restart, ["elsewhere"]));

        var line = result.Value.Servers.ShouldHaveSingleItem();
        line.Outcome.ShouldBe(Outcome.Unavailable);
        line.Message.ShouldBe("No server named `elsewhere` was found, but engine `eu1` did not answer, so it may be there.");
    }

    [Fact]
    public async Task ReportsTheEngineVersionProblem_InTheUptimeView()
    {
        var result = await App.SendAsync(TestApp.Admin, new GetBotUptime());

        result.Value.Engines.Single(e => e.Engine == "local").Version.ShouldNotBeNullOrEmpty();
        result.Value.Engines.Single(e => e.Engine == "eu1").Problem.ShouldNotBeNull().ShouldContain("not reachable");
        result.Value.Engines.Single(e => e.Engine == "eu1").Problem.ShouldNotBeNull().ShouldNotContain(Fixture.DeadSocket);
    }

    [Fact]
    public async Task ReportsUptimeAndVersion()
    {
        // An app of its own: the shared one has the dead second engine.
        await using var app = await TestApp.StartAsync(Sandbox);

        var result = await app.SendAsync(TestApp.User(42), new GetBotUptime());

        result.Value.Uptime.ShouldBeGreaterThanOrEqualTo(TimeSpan.Zero);
        result.Value.Version.ShouldNotBeNullOrWhiteSpace();
        result.Value.Engines.ShouldHaveSingleItem().ApiVersion.ShouldBe("1.41");
    }

    /// <summary><c>alive</c> on the local engine, and a second engine <c>eu1</c> that answered at start-up and then went away.</summary>
    public sealed class Setup : AppFixture
    {
        private readonly string _deadSocket = Path.Combine(Path.GetTempPath(), $"serverstatus-dead-{Guid.NewGuid():N}.sock");

        public string DeadSocket => _deadSocket;

        protected override Task BeforeStartAsync() => Sandbox.CreateServerAsync("alive");

        protected override void Configure(Dictionary<string, string?> settings)
        {
            settings["Docker:Engines:1:Name"] = "eu1";
            settings["Docker:Engines:1:Endpoint"] = $"unix://{_deadSocket}";
        }

        protected override async Task StartHostAsync()
        {
            using var listener = new UnixSocketListener(_deadSocket);
            await base.StartHostAsync();
        } // the socket goes away here: eu1 is unreachable from now on
    }
}
