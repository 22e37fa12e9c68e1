using Xunit.Abstractions;

namespace ServerStatus.IntegrationTests.Host;

/// <summary>
/// A pending restart survives the bot: the process is killed (SIGKILL) during the countdown, and the next process on the
/// same database picks the countdown up from the database (Hangfire's in-memory storage started empty), announces, and restarts.
/// </summary>
public sealed class PendingActionRestartTests(DiscordAndSandbox setup, ITestOutputHelper output) : IClassFixture<DiscordAndSandbox>, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("serverstatus-pending-");

    private FakeDiscordServer Discord => setup.Discord;

    [Fact]
    public async Task APendingRestart_RunsAfterTheBotWasKilledAndStartedAgain()
    {
        var id = await setup.Sandbox.CreateServerAsync(
            "survivor", command: "while read -r line; do echo \"got: $line\"; done", openStdin: true, labels: new Dictionary<string, string> { ["serverstatus.announce"] = "say {message}" });
        var startedAt = (await setup.Sandbox.StateAsync(id)).StartedAt;

        await using (var first = await StartBotAsync())
        {
            var asked = await Discord.SayAsync(TestApp.AdminId, "$restart survivor --in 20s");
            FakeDiscordServer.Text(await Discord.WaitForReplyAsync(asked, Patience)).ShouldContain("restarts <t:");
            await Eventually.HoldsAsync(() => first.Output.Contains("Pending power action", StringComparison.Ordinal), "the countdown takes its first step", Patience, seen: () => first.Output);
            await first.KillAsync();
            output.WriteLine(first.Output);
        }

        (await setup.Sandbox.StateAsync(id)).StartedAt.ShouldBe(startedAt);
        await using var second = await StartBotAsync();
        await Eventually.HoldsAsync(
            async () => (await setup.Sandbox.StateAsync(id)).StartedAt != startedAt, "the restarted bot restarts the server when due", Patience, seen: () => second.Output);
        output.WriteLine(second.Output);

        second.Output.ShouldContain("1 pending power action(s) resumed.");
        (await Discord.AskAsync(TestApp.AdminId, "$pending")).ShouldContain("Nothing is pending.");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _work.Delete(recursive: true);
    }

    private Task<BotProcess> StartBotAsync()
    {
        var settings = BotUnderTest.Settings(setup.Sandbox, Discord, _work.FullName);
        settings["Games:AnnounceMarks:0"] = "30s";
        settings["Games:AnnounceMarks:1"] = "5s";
        return BotProcess.StartConnectedAsync(settings, _work.FullName, Discord, Patience);
    }
}
