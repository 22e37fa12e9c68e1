using ServerStatus.Application.Servers.GetServerStatus;
using ServerStatus.Domain.Permissions;
using ServerStatus.Domain.Servers;
using ServerStatus.IntegrationTests.Fixtures;

namespace ServerStatus.IntegrationTests.Servers;

public sealed class StatusQueryTests : IAsyncLifetime
{
    private readonly DockerSandbox _docker = new();
    private TestApp _app = null!;

    public async Task InitializeAsync()
    {
        await _docker.InitializeAsync();
        _app = await TestApp.StartAsync(_docker);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _docker.DisposeAsync();
    }

    [Fact]
    public async Task ListsEveryServerWithItsRealState_WhenNoNameIsGiven()
    {
        await _docker.CreateServerAsync("running");
        await _docker.CreateServerAsync("fresh", start: false);
        var failed = await _docker.CreateServerAsync("crashed", command: "exit 3");
        await _docker.WaitForStateAsync(failed, "exited");

        var result = await _app.SendAsync(TestApp.Admin, new GetServerStatus([]));

        var overview = result.Value.ShouldBeOfType<StatusOverview>();
        overview.Servers.Select(s => (s.Id.Name, s.State, s.ExitCode)).ShouldBe(
            [("crashed", ServerState.Exited, 3), ("fresh", ServerState.Created, null), ("running", ServerState.Running, null)]);
        overview.Servers.Single(s => s.Id.Name == "running").StatusText.ShouldStartWith("Up ");
        overview.Problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task ShowsADetailedCard_WhenOneNameIsGiven()
    {
        var id = await _docker.CreateServerAsync("mc", command: "echo first; sleep 0.2; echo second >&2; sleep 0.2; echo third; sleep 600");
        var started = (await _docker.StateAsync(id)).StartedAt;
        await WaitForLogLinesAsync("mc", 3);

        var result = await _app.SendAsync(TestApp.Admin, new GetServerStatus(["mc"]));

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
        await _docker.CreateServerAsync("busy", command: "while true; do :; done");

        var usage = await PollCardAsync("busy", card => card.Details.Usage?.CpuPercent is not null);

        usage.Details.Usage.ShouldNotBeNull().MemoryBytes.ShouldBeGreaterThan(0);
        usage.Details.Usage.CpuPercent.ShouldNotBeNull().ShouldBeGreaterThan(1.0); // a busy loop shows real CPU use
    }

    [Fact]
    public async Task ShowsExitCodeAndFinishTime_WhenTheServerHasExited()
    {
        var id = await _docker.CreateServerAsync("batch", command: "exit 42");
        await _docker.WaitForStateAsync(id, "exited");

        var result = await _app.SendAsync(TestApp.Admin, new GetServerStatus(["batch"]));

        var card = result.Value.ShouldBeOfType<ServerCard>();
        card.Details.State.ShouldBe(ServerState.Exited);
        card.Details.ExitCode.ShouldBe(42);
        card.Details.FinishedAt.ShouldNotBeNull();
        card.Details.Usage.ShouldBeNull();
    }

    [Fact]
    public async Task LeavesOutTheLogTail_WhenTheActorHasNoLogsPermission()
    {
        await _docker.CreateServerAsync("quiet");
        await _app.GrantAsync(Subject.User(77), Permission.Status, "quiet");

        var result = await _app.SendAsync(TestApp.User(77), new GetServerStatus(["quiet"]));

        result.Value.ShouldBeOfType<ServerCard>().LogTail.ShouldBeNull();
    }

    private Task<ServerCard> WaitForLogLinesAsync(string name, int count) => PollCardAsync(name, card => card.LogTail?.Count >= count);

    private async Task<ServerCard> PollCardAsync(string name, Func<ServerCard, bool> ready)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var card = (ServerCard)(await _app.SendAsync(TestApp.Admin, new GetServerStatus([name]))).Value;
            if (ready(card) || DateTime.UtcNow > deadline)
            {
                return card;
            }

            await Task.Delay(100);
        }
    }
}
