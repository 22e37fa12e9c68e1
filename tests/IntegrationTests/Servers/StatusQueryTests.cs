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
        card.Details.Usage.ShouldNotBeNull().MemoryBytes.ShouldBeGreaterThan(0);
        card.Details.Usage.CpuPercent.ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(0);
        card.LogTail.ShouldBe(["first", "second", "third"]);
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

    private async Task WaitForLogLinesAsync(string name, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            var card = (await _app.SendAsync(TestApp.Admin, new GetServerStatus([name]))).Value as ServerCard;
            if (card?.LogTail?.Count >= count)
            {
                return;
            }

            await Task.Delay(50);
        }
    }
}
