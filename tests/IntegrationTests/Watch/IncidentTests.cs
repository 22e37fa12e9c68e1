using System.Globalization;
using Docker.DotNet.Models;
using ServerStatus.Domain.Permissions;
using ServerStatus.IntegrationTests.FakeDiscord.Rest;

namespace ServerStatus.IntegrationTests.Watch;

/// <summary>
/// The watch end to end: real containers on the real engine go wrong outside the bot, and the incidents appear in the
/// alert channel of the fake Discord, with buttons that obey permissions, edited as the servers recover.
/// </summary>
public sealed class IncidentTests(IncidentTests.Setup fixture) : BotTests<IncidentTests.Setup>(fixture)
{
    public const ulong AlertChannel = 830_000_000_000_000_001;
    private const ulong Watcher = 31_337;

    // Crashes with code 3 on its first run; runs quietly once restarted (its file system survives the restart).
    private const string CrashesOnce = "if [ -f /crashed ]; then while true; do sleep 1; done; else touch /crashed; echo 'Exception in server tick loop'; sleep 1; exit 3; fi";

    [Fact]
    public async Task PostsOneIncidentWithExitCodeAndButtons_AndEditsItWhenAnAdminRestartsIt()
    {
        var id = await Sandbox.CreateServerAsync("crasher", command: CrashesOnce);

        var incident = await IncidentAboutAsync("crasher", "crashed (exit code 3)");
        FakeDiscordServer.Text(incident).ShouldContain("Exception in server tick loop");
        var token = await Discord.ClickAsync(TestApp.AdminId, incident.Id, FakeDiscordServer.Button(incident, "incident:restart"));

        var answer = await Discord.WaitForAnswerAsync(token);
        ((int)answer.Callbacks[0]["data"]!["flags"]! & 64).ShouldBe(64);
        (await Sandbox.WaitForStateAsync(id, "running")).Running.ShouldBeTrue();
        await Eventually.HoldsAsync(() => FakeDiscordServer.Text(incident).Contains($"restarted by <@{TestApp.AdminId}>"), "the incident says who brought it back", seen: () => FakeDiscordServer.Text(incident));
        FakeDiscordServer.Text(incident).ShouldContain("🟢 back");
        AlertsAbout("crasher").ShouldHaveSingleItem();
    }

    [Fact]
    public async Task RefusesTheRestartButtonPrivately_ToAUserWithoutRestart()
    {
        var id = await Sandbox.CreateServerAsync("guarded", command: CrashesOnce);
        await new TestGrants(Fixture.Services).GrantAsync(Subject.User(Watcher), Permission.Status, "*");
        var incident = await IncidentAboutAsync("guarded", "crashed");

        var token = await Discord.ClickAsync(Watcher, incident.Id, FakeDiscordServer.Button(incident, "incident:restart"));

        var answer = await Discord.WaitForAnswerAsync(token);
        var refusal = FakeDiscordServer.Text(answer.Callbacks[0]) + (answer.Original is { } original ? FakeDiscordServer.Text(original) : "");
        refusal.ShouldContain("lack the `restart` permission");
        (await Sandbox.StateAsync(id)).Running.ShouldBeFalse();
    }

    [Fact]
    public async Task PostsOneCrashLoopIncident_NotOnePerExit()
    {
        var id = await Sandbox.CreateServerAsync("looper", command: "sleep 1; exit 1", restartPolicy: new RestartPolicy { Name = RestartPolicyKind.Always });

        await Eventually.HoldsAsync(async () => (await Sandbox.InspectAsync(id)).RestartCount >= 5, "the container restarted five times", TimeSpan.FromSeconds(40));
        var incident = await IncidentAboutAsync("looper", "crash-looping");

        AlertsAbout("looper").ShouldHaveSingleItem().Id.ShouldBe(incident.Id);
    }

    [Fact]
    public async Task PostsAnUnhealthyIncident_WhenTheHealthCheckStartsFailing()
    {
        await Sandbox.CreateServerAsync("sickly", health: new HealthcheckConfig
        {
            Test = ["CMD", "/bin/sh", "-c", "echo database unreachable; false"],
            Interval = TimeSpan.FromSeconds(1),
            Timeout = TimeSpan.FromSeconds(1),
            Retries = 1,
        });

        var incident = await IncidentAboutAsync("sickly", "is unhealthy");

        FakeDiscordServer.Text(incident).ShouldContain("database unreachable");
    }

    [Fact]
    public async Task PostsNothingForAStopThroughTheBot_ButReportsAStopOutsideIt()
    {
        var quiet = await Sandbox.CreateServerAsync("quiet");
        var outside = await Sandbox.CreateServerAsync("outside");

        (await Discord.AskAsync(TestApp.AdminId, "$stop quiet")).ShouldContain("stopped");
        await Sandbox.Primary.Containers.StopContainerAsync(outside, new ContainerStopParameters { WaitBeforeKillSeconds = 5 });

        var incident = await IncidentAboutAsync("outside", "was stopped outside ServerStatus");
        (await Sandbox.StateAsync(quiet)).Running.ShouldBeFalse();
        AlertsAbout("quiet").ShouldBeEmpty(); // its events came first: the engine reports in order
        incident.Id.ShouldNotBe(0ul);
    }

    [Fact]
    public async Task PostsNothingDuringMaintenance_AndIncidentsAgainAfterIt()
    {
        var tended = await Sandbox.CreateServerAsync("tended");
        var marker = await Sandbox.CreateServerAsync("marker");
        (await Discord.AskAsync(TestApp.AdminId, "$maintenance on tended reason swapping mods")).ShouldContain("tended");

        await KillOutsideAsync(tended);
        await KillOutsideAsync(marker);
        await IncidentAboutAsync("marker", "was killed outside ServerStatus");
        AlertsAbout("tended").ShouldBeEmpty(); // its events came first: the engine reports in order

        (await Discord.AskAsync(TestApp.AdminId, "$maintenance off tended")).ShouldContain("tended");
        await Sandbox.Primary.Containers.StartContainerAsync(tended, new ContainerStartParameters());
        await KillOutsideAsync(tended);
        await IncidentAboutAsync("tended", "was killed outside ServerStatus (SIGKILL)");
    }

    [Fact]
    public async Task PostsAnOomIncidentWithTheMemoryLimit_WhenTheKernelKillsIt()
    {
        await Sandbox.CreateServerAsync("hungry", command: "sleep 1; head -c 200000000 /dev/zero | tail > /dev/null", memoryLimitBytes: 16 * 1024 * 1024);

        var incident = await IncidentAboutAsync("hungry", "too much memory (OOM)");

        FakeDiscordServer.Text(incident).ShouldContain("16 MiB");
    }

    internal static Task KillOutsideAsync(DockerSandbox sandbox, string id) => sandbox.Primary.Containers.KillContainerAsync(id, new ContainerKillParameters { Signal = "KILL" });

    private Task KillOutsideAsync(string id) => KillOutsideAsync(Sandbox, id);

    private async Task<FakeMessage> IncidentAboutAsync(string server, string headline) =>
        await Eventually.ValueAsync(
            () => AlertsAbout(server).FirstOrDefault(m => FakeDiscordServer.Text(m).Contains(headline, StringComparison.Ordinal)),
            $"an incident \"{headline}\" about {server} in the alert channel",
            TimeSpan.FromSeconds(30),
            seen: () => string.Join(" | ", Discord.Rest.MessagesIn(AlertChannel).Select(FakeDiscordServer.Text)));

    private List<FakeMessage> AlertsAbout(string server) =>
        [.. Discord.Rest.MessagesIn(AlertChannel).Where(m => FakeDiscordServer.Text(m).Contains($" {server} ", StringComparison.Ordinal))];

    public sealed class Setup : BotFixture
    {
        protected override void Configure(Dictionary<string, string?> settings)
        {
            settings["Alerts:ChannelId"] = AlertChannel.ToString(CultureInfo.InvariantCulture);
            settings["Alerts:StormWindowSeconds"] = "0"; // the tests' incidents come seconds apart: each keeps a message of its own
        }
    }
}
