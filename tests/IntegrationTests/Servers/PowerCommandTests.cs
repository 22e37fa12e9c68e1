using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers;
using ServerStatus.IntegrationTests.Fixtures;

namespace ServerStatus.IntegrationTests.Servers;

public sealed class PowerCommandTests : AppTestBase
{
    [Fact]
    public async Task StartsServer_WhenItIsStopped()
    {
        var id = await Sandbox.CreateServerAsync("web", start: false);

        var result = await App.SendAsync(TestApp.Admin, new RunPowerAction(PowerAction.Start, ["web"]));

        result.Value.Servers.ShouldHaveSingleItem().ShouldBe(new("web", Outcome.Ok, "started"));
        (await Sandbox.StateAsync(id)).Running.ShouldBeTrue();
    }

    [Fact]
    public async Task ReportsAlreadyRunning_WhenStartingARunningServer()
    {
        await Sandbox.CreateServerAsync("api");

        var result = await App.SendAsync(TestApp.Admin, new RunPowerAction(PowerAction.Start, ["api"]));

        result.Value.Servers.ShouldHaveSingleItem().ShouldBe(new("api", Outcome.Ok, "was already running"));
    }

    [Fact]
    public async Task StopsServerGracefully_WhenItIsRunning()
    {
        var id = await Sandbox.CreateServerAsync("mc");

        var result = await App.SendAsync(TestApp.Admin, new RunPowerAction(PowerAction.Stop, ["mc"]));

        result.Value.Servers.ShouldHaveSingleItem().Message.ShouldBe("stopped");
        var state = (await Sandbox.StateAsync(id));
        state.Running.ShouldBeFalse();
        state.ExitCode.ShouldBe(0); // the TERM trap ran: graceful, not killed
    }

    [Fact]
    public async Task RestartsServer_WithANewStartTime()
    {
        var id = await Sandbox.CreateServerAsync("game");
        var before = (await Sandbox.StateAsync(id)).StartedAt;

        var result = await App.SendAsync(TestApp.Admin, new RunPowerAction(PowerAction.Restart, ["game"]));

        result.Value.Servers.ShouldHaveSingleItem().ShouldBe(new("game", Outcome.Ok, "restarted"));
        var after = await Sandbox.StateAsync(id);
        after.Running.ShouldBeTrue();
        after.StartedAt.ShouldNotBe(before);
    }

    [Fact]
    public async Task KillsServer_WithSigkill()
    {
        var id = await Sandbox.CreateServerAsync("hung", command: "trap '' TERM; while true; do sleep 1; done");

        var result = await App.SendAsync(TestApp.Admin, new RunPowerAction(PowerAction.Kill, ["hung"]));

        result.Value.Servers.ShouldHaveSingleItem().Message.ShouldBe("killed");
        var state = (await Sandbox.WaitForStateAsync(id, "exited"));
        state.ExitCode.ShouldBe(137);
    }

    [Fact]
    public async Task ReportsNotRunning_WhenKillingAStoppedServer()
    {
        await Sandbox.CreateServerAsync("idle", start: false);

        var result = await App.SendAsync(TestApp.Admin, new RunPowerAction(PowerAction.Kill, ["idle"]));

        result.Value.Servers.ShouldHaveSingleItem().ShouldBe(new("idle", Outcome.Ok, "was not running"));
    }

    [Fact]
    public async Task ReportsEachServer_InTheOrderAsked_WhenSeveralAreNamed()
    {
        var a = await Sandbox.CreateServerAsync("alpha");
        var b = await Sandbox.CreateServerAsync("beta", start: false);

        var result = await App.SendAsync(TestApp.Admin, new RunPowerAction(PowerAction.Restart, ["beta", "ghost", "alpha", "ALPHA"]));

        result.Value.Servers.Select(s => (s.Server, s.Outcome)).ShouldBe(
            [("beta", Outcome.Ok), ("ghost", Outcome.NotFound), ("alpha", Outcome.Ok)],
            string.Join("; ", result.Value.Servers.Select(s => s.Message)));
        result.Value.Overall.ShouldBe(Outcome.NotFound);
        (await Sandbox.StateAsync(a)).Running.ShouldBeTrue();
        (await Sandbox.StateAsync(b)).Running.ShouldBeTrue();
    }

    [Fact]
    public async Task AnswersInvalidWithoutTouchingAnything_WhenANameIsMalformed()
    {
        var id = await Sandbox.CreateServerAsync("safe");
        var before = (await Sandbox.StateAsync(id)).StartedAt;

        var result = await App.SendAsync(TestApp.Admin, new RunPowerAction(PowerAction.Restart, ["safe", "rm -rf /"]));

        result.IsSuccess.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Invalid);
        result.Errors[0].Message.ShouldStartWith("`rm -rf /` is not a valid server name");
        (await Sandbox.StateAsync(id)).StartedAt.ShouldBe(before);
    }
}
