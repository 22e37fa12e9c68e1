using ServerStatus.Application.Servers;
using ServerStatus.Application.Servers.GetServerStatus;
using ServerStatus.Infrastructure.Docker;
using ServerStatus.IntegrationTests.Fixtures;

namespace ServerStatus.IntegrationTests.Servers;

public sealed class DiscoveryTests : IAsyncLifetime
{
    private readonly DockerSandbox _docker = new();

    public Task InitializeAsync() => _docker.InitializeAsync();

    public Task DisposeAsync() => _docker.DisposeAsync();

    [Fact]
    public async Task ListsOnlyLabelledContainers_InLabelMode()
    {
        await _docker.CreateServerAsync("labelled");
        var outsider = new DockerSandbox();
        await outsider.CreateServerAsync("outsider");
        try
        {
            await using var app = await TestApp.StartAsync(_docker);

            var result = await app.SendAsync(TestApp.Admin, new GetServerStatus([]));

            result.Value.ShouldBeOfType<StatusOverview>().Servers.Select(s => s.Id.Name).ShouldBe(["labelled"]);
        }
        finally
        {
            await outsider.DisposeAsync();
        }
    }

    [Fact]
    public async Task ListsOnlyAllowedNames_InAllowListMode()
    {
        var allowed = $"allowed-{_docker.Id}";
        await _docker.CreateServerAsync(allowed, aliased: false);
        await _docker.CreateServerAsync($"other-{_docker.Id}", aliased: false);
        await using var app = await TestApp.StartAsync(_docker, settings =>
        {
            settings["Docker:Discovery:Mode"] = nameof(DiscoveryMode.AllowList);
            settings["Docker:Discovery:AllowList:0"] = allowed;
        });

        var result = await app.SendAsync(TestApp.Admin, new GetServerStatus([]));

        result.Value.ShouldBeOfType<StatusOverview>().Servers.Select(s => s.Id.Name).ShouldBe([allowed]);
    }

    [Fact]
    public async Task ShowsTheAliasLabel_InsteadOfTheContainerName()
    {
        await _docker.CreateServerAsync("friendly");
        await using var app = await TestApp.StartAsync(_docker);

        var result = await app.SendAsync(TestApp.Admin, new GetServerStatus(["friendly"]));

        result.Value.ShouldBeOfType<ServerCard>().Summary.Id.Name.ShouldBe("friendly");
    }

    [Fact]
    public async Task UsesTheStopTimeoutLabel_ForAGracefulStop()
    {
        var id = await _docker.CreateServerAsync(
            "stubborn",
            command: "trap '' TERM; while true; do sleep 1; done",
            labels: new Dictionary<string, string> { [ServerLabels.StopTimeout] = "1" });
        await using var app = await TestApp.StartAsync(_docker);

        var overview = await app.SendAsync(TestApp.Admin, new GetServerStatus([]));
        var result = await app.SendAsync(TestApp.Admin, new RunPowerAction(PowerAction.Stop, ["stubborn"]));

        overview.Value.ShouldBeOfType<StatusOverview>().Servers.ShouldHaveSingleItem().StopTimeout.ShouldBe(TimeSpan.FromSeconds(1));
        result.Value.Servers.ShouldHaveSingleItem().Message.ShouldBe("stopped");
        (await _docker.StateAsync(id)).ExitCode.ShouldBe(137); // TERM ignored, killed after the 1 s label timeout
    }
}
