using Microsoft.Extensions.DependencyInjection;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Servers.GetServerStatus;
using ServerStatus.Infrastructure.Docker;

namespace ServerStatus.IntegrationTests.Servers;

/// <summary>Which containers the app finds; the shared app discovers by the sandbox's label, each test makes its own containers.</summary>
public sealed class DiscoveryTests(AppFixture fixture) : AppTests<AppFixture>(fixture)
{
    [Fact]
    public async Task IgnoresUnusableLabels_AndLogsEachOnce()
    {
        var id = await Sandbox.CreateServerAsync($"badlabels-{Sandbox.Id}", aliased: false, labels: new Dictionary<string, string>
        {
            [ServerLabels.Name] = "not a name!",
            [ServerLabels.StopTimeout] = "abc",
        });

        var first = await App.SendAsync(TestApp.Admin, new GetServerStatus([]));
        await App.SendAsync(TestApp.Admin, new GetServerStatus([]));

        var server = first.Value.ShouldBeOfType<StatusOverview>().Servers.Single(s => s.Id.ContainerId == id);
        server.Id.Name.ShouldBe($"badlabels-{Sandbox.Id}");
        server.StopTimeout.ShouldBe(TimeSpan.FromSeconds(30));
        var warnings = App.Logs.Entries.Where(e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning && e.Message.Contains($"badlabels-{Sandbox.Id}", StringComparison.Ordinal)).ToList();
        warnings.Select(e => e.Message).ShouldBe(
        [
            $"Label serverstatus.name=\"not a name!\" of server badlabels-{Sandbox.Id} on engine local is ignored: not a server name (a letter or digit, then letters, digits, '_', '.' or '-'); the container name is used",
            $"Label serverstatus.stop-timeout=\"abc\" of server badlabels-{Sandbox.Id} on engine local is ignored: not a whole number of seconds from 1 to 3600; Docker:DefaultStopTimeoutSeconds is used",
        ]);
    }

    [Fact]
    public async Task ListsOnlyLabelledContainers_InLabelMode()
    {
        await Sandbox.CreateServerAsync("labelled");
        var outsider = new DockerSandbox();
        await outsider.CreateServerAsync("outsider");
        try
        {
            var result = await App.SendAsync(TestApp.Admin, new GetServerStatus([]));

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
        var allowed = $"allowed-{Sandbox.Id}";
        await Sandbox.CreateServerAsync(allowed, aliased: false);
        await Sandbox.CreateServerAsync($"other-{Sandbox.Id}", aliased: false);

        // An app of its own: discovery by allow list is another setting.
        await using var app = await Fixture.StartAnotherAsync(settings =>
        {
            settings["Docker:Discovery:Mode"] = nameof(DiscoveryMode.AllowList);
            settings["Docker:Discovery:AllowList:0"] = allowed;
        });

        var result = await app.SendAsync(TestApp.Admin, new GetServerStatus([]));

        result.Value.ShouldBeOfType<StatusOverview>().Servers.Select(s => s.Id.Name).ShouldBe([allowed]);
    }

    [Fact]
    public async Task SaysWhetherEveryContainerIsAServer()
    {
        // Apps of their own: the discovery mode is another setting.
        await using var everything = await Fixture.StartAnotherAsync(settings => settings["Docker:Discovery:Mode"] = nameof(DiscoveryMode.All));
        var engine = everything.Services.GetRequiredService<IContainerEngine>();
        var labelled = App.Services.GetRequiredService<IContainerEngine>();

        (await engine.ListServersAsync(default)).EveryContainer.ShouldBeTrue();
        (await labelled.ListServersAsync(default)).EveryContainer.ShouldBeFalse();
    }

    [Fact]
    public async Task ShowsTheAliasLabel_InsteadOfTheContainerName()
    {
        await Sandbox.CreateServerAsync("friendly");

        var result = await App.SendAsync(TestApp.Admin, new GetServerStatus(["friendly"]));

        result.Value.ShouldBeOfType<ServerCard>().Summary.Id.Name.ShouldBe("friendly");
    }

    [Fact]
    public async Task UsesTheStopTimeoutLabel_ForAGracefulStop()
    {
        var id = await Sandbox.CreateServerAsync(
            "stubborn",
            command: "trap '' TERM; while true; do sleep 1; done",
            labels: new Dictionary<string, string> { [ServerLabels.StopTimeout] = "1" });

        var overview = await App.SendAsync(TestApp.Admin, new GetServerStatus([]));
        var result = await App.SendAsync(TestApp.Admin, new RunPowerAction(PowerAction.Stop, ["stubborn"]));

        overview.Value.ShouldBeOfType<StatusOverview>().Servers.ShouldHaveSingleItem().StopTimeout.ShouldBe(TimeSpan.FromSeconds(1));
        result.Value.Servers.ShouldHaveSingleItem().Message.ShouldBe("did not stop within 1 s of SIGTERM and was killed (SIGKILL)");
        (await Sandbox.StateAsync(id)).ExitCode.ShouldBe(137); // TERM ignored, killed after the 1 s label timeout
    }
}
