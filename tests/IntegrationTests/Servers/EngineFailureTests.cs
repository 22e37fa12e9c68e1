using ServerStatus.Application.Bot;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Servers.GetServerStatus;
using ServerStatus.IntegrationTests.Fixtures;

namespace ServerStatus.IntegrationTests.Servers;

/// <summary>An engine that stops answering after start-up: the bot says so clearly and keeps serving the others.</summary>
public sealed class EngineFailureTests : AppTestBase
{
    private readonly string _deadSocket = Path.Combine(Path.GetTempPath(), $"serverstatus-dead-{Guid.NewGuid():N}.sock");

    protected override Task BeforeStartAsync() => Sandbox.CreateServerAsync("alive");

    private async Task<TestApp> StartWithDeadSecondEngineAsync()
    {
        using var listener = new UnixSocketListener(_deadSocket);
        var app = await TestApp.StartAsync(Sandbox, settings =>
        {
            settings["Docker:Engines:1:Name"] = "eu1";
            settings["Docker:Engines:1:Endpoint"] = $"unix://{_deadSocket}";
        });
        return app; // the socket goes away here: eu1 is unreachable from now on
    }

    [Fact]
    public async Task ListsTheReachableEnginesAndNamesTheDeadOne()
    {
        await using var app = await StartWithDeadSecondEngineAsync();

        var result = await app.SendAsync(TestApp.Admin, new GetServerStatus([]));

        var overview = result.Value.ShouldBeOfType<StatusOverview>();
        overview.Servers.Select(s => s.Id.QualifiedName).ShouldBe(["local/alive"]);
        overview.Problems.ShouldHaveSingleItem().Engine.ShouldBe("eu1");
        overview.Problems[0].Message.ShouldContain("Docker engine `eu1` is not reachable at unix://");
    }

    [Fact]
    public async Task SaysTheServerMayBeOnTheDeadEngine_WhenANameIsNotFound()
    {
        await using var app = await StartWithDeadSecondEngineAsync();

        var result = await app.SendAsync(TestApp.Admin, new RunPowerAction(PowerAction.Restart, ["elsewhere"]));

        var line = result.Value.Servers.ShouldHaveSingleItem();
        line.Outcome.ShouldBe(Outcome.Unavailable);
        line.Message.ShouldBe("No server named `elsewhere` was found, but engine `eu1` did not answer, so it may be there.");
    }

    [Fact]
    public async Task ReportsTheEngineVersionProblem_InTheUptimeView()
    {
        await using var app = await StartWithDeadSecondEngineAsync();

        var result = await app.SendAsync(TestApp.Admin, new GetBotUptime());

        result.Value.Engines.Single(e => e.Engine == "local").Version.ShouldNotBeNullOrEmpty();
        result.Value.Engines.Single(e => e.Engine == "eu1").Problem.ShouldNotBeNull().ShouldContain("not reachable");
    }

    [Fact]
    public async Task ReportsUptimeAndVersion()
    {
        var result = await App.SendAsync(TestApp.User(42), new GetBotUptime());

        result.Value.Uptime.ShouldBeGreaterThanOrEqualTo(TimeSpan.Zero);
        result.Value.Version.ShouldNotBeNullOrWhiteSpace();
        result.Value.Engines.ShouldHaveSingleItem().ApiVersion.ShouldBe("1.41");
    }
}
