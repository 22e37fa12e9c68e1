using ServerStatus.Application.Servers.GetServerStatus;
using ServerStatus.Domain.Permissions;
using ServerStatus.Domain.Servers;

namespace ServerStatus.IntegrationTests.Servers;

/// <summary>Overview and card from real containers; each test makes its own servers (the reset removes them before the next).</summary>
public sealed class StatusQueryTests(AppFixture fixture) : AppTests<AppFixture>(fixture)
{
    [Fact]
    public async Task ListsEveryServerWithItsRealState_WhenNoNameIsGiven()
    {
        await Sandbox.CreateServerAsync("running");
        await Sandbox.CreateServerAsync("fresh", start: false);
        var failed = await Sandbox.CreateServerAsync("crashed", command: "exit 3");
        await Sandbox.WaitForStateAsync(failed, "exited");

        var result = await App.SendAsync(TestApp.Admin, new GetServerStatus([]));

        var overview = result.Value.ShouldBeOfType<StatusOverview>();
        overview.Servers.Select(s => (s.Id.Name, s.State, s.ExitCode)).ShouldBe(
            [("crashed", ServerState.Exited, 3), ("fresh", ServerState.Created, null), ("running", ServerState.Running, null)]);
        overview.Servers.Single(s => s.Id.Name == "running").StatusText.ShouldStartWith("Up ");
        overview.Problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task ShowsADetailedCard_WhenOneNameIsGiven()
    {
        var id = await Sandbox.CreateServerAsync("mc", command: "echo first; sleep 0.2; echo second >&2; sleep 0.2; echo third; sleep 600");
        var started = (await Sandbox.StateAsync(id)).StartedAt;
        await WaitForLogLinesAsync("mc", 3);

        var result = await App.SendAsync(TestApp.Admin, new GetServerStatus(["mc"]));

        var card = result.Value.ShouldBeOfType<ServerCard>();
        card.Details.State.ShouldBe(ServerState.Running);
        card.Details.Image.ShouldBe(TestImage.Name);
        card.Details.StartedAt.ShouldBe(DateTimeOffset.Parse(started, System.Globalization.CultureInfo.InvariantCulture));
        card.Details.RestartCount.ShouldBe(0);
        card.Details.ExitCode.ShouldBeNull();
        card.LogTail.ShouldBe(["first", "second", "third"]);
    }

    [Fact]
    public async Task ShowsCpuAndMemory_OnceTheServersStatsAreWarm()
    {
        await Sandbox.CreateServerAsync("busy", command: "while true; do :; done");

        var usage = await PollCardAsync("busy", card => card.Details.Usage?.CpuPercent is not null);

        usage.Details.Usage.ShouldNotBeNull().MemoryBytes.ShouldBeGreaterThan(0);
        usage.Details.Usage.CpuPercent.ShouldNotBeNull().ShouldBeGreaterThan(1.0); // a busy loop shows real CPU use
    }

    [Fact]
    public async Task ShowsExitCodeAndFinishTime_WhenTheServerHasExited()
    {
        var id = await Sandbox.CreateServerAsync("batch", command: "exit 42");
        await Sandbox.WaitForStateAsync(id, "exited");

        var result = await App.SendAsync(TestApp.Admin, new GetServerStatus(["batch"]));

        var card = result.Value.ShouldBeOfType<ServerCard>();
        card.Details.State.ShouldBe(ServerState.Exited);
        card.Details.ExitCode.ShouldBe(42);
        card.Details.FinishedAt.ShouldNotBeNull();
        card.Details.Usage.ShouldBeNull();
    }

    [Fact]
    public async Task CountsTheEnginesRestarts_OfACrashingServer()
    {
        var id = await Sandbox.CreateServerAsync("flaky", command: "exit 7",
            restartPolicy: new Docker.DotNet.Models.RestartPolicy { Name = Docker.DotNet.Models.RestartPolicyKind.OnFailure, MaximumRetryCount = 2 });
        await Eventually.HoldsAsync(async () => await Sandbox.InspectAsync(id) is { RestartCount: 2, State.Running: false }, "the engine gives up restarting");

        var card = (await App.SendAsync(TestApp.Admin, new GetServerStatus(["flaky"]))).Value.ShouldBeOfType<ServerCard>();

        card.Details.RestartCount.ShouldBe(2);
        card.Details.ExitCode.ShouldBe(7);
        card.Details.State.ShouldBe(ServerState.Exited);
    }

    [Fact]
    public async Task LeavesOutTheLogTail_WhenTheActorHasNoLogsPermission()
    {
        await Sandbox.CreateServerAsync("quiet");
        await App.GrantAsync(Subject.User(77), Permission.Status, "quiet");

        var result = await App.SendAsync(TestApp.User(77), new GetServerStatus(["quiet"]));

        result.Value.ShouldBeOfType<ServerCard>().LogTail.ShouldBeNull();
    }

    private Task<ServerCard> WaitForLogLinesAsync(string name, int count) => PollCardAsync(name, card => card.LogTail?.Count >= count);

    private Task<ServerCard> PollCardAsync(string name, Func<ServerCard, bool> ready) =>
        Eventually.ValueAsync(async () => (ServerCard)(await App.SendAsync(TestApp.Admin, new GetServerStatus([name]))).Value, ready, $"the card of {name} is ready");
}
