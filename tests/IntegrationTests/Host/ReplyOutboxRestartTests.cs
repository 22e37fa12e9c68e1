using ServerStatus.IntegrationTests.FakeDiscord.Rest;
using Xunit.Abstractions;

namespace ServerStatus.IntegrationTests.Host;

/// <summary>
/// An answer Discord would not take is kept in the database: the bot's process is killed (SIGKILL) while the answer
/// waits, and the next process on the same database delivers it, once.
/// </summary>
public sealed class ReplyOutboxRestartTests(DiscordAndSandbox setup, ITestOutputHelper output)
    : IClassFixture<DiscordAndSandbox>, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("serverstatus-outbox-");

    private FakeDiscordServer Discord => setup.Discord;

    [Fact]
    public async Task DeliversTheQueuedAnswer_AfterTheBotWasKilledAndStartedAgain()
    {
        await using (var first = await StartBotAsync())
        {
            Discord.Rest.Enqueue("POST", "channels/{channel_id}/messages", FakeResponse.ServerError(503), times: 10_000);
            var asked = await Discord.SayAsync(TestApp.AdminId, "$uptime");
            await Eventually.HoldsAsync(() => first.HasExited || first.Output.Contains("queued for another attempt", StringComparison.Ordinal), "the answer is queued", Patience, seen: () => first.Output);
            await first.KillAsync();
            output.WriteLine(first.Output);
            Discord.Rest.Messages.ShouldNotContain(m => m.ReplyTo == asked);

            Discord.Rest.ClearArrangements();
            await using var second = await StartBotAsync();
            var answer = await Discord.WaitForReplyAsync(asked, Patience);
            output.WriteLine(second.Output);

            FakeDiscordServer.Text(answer).ShouldContain("Uptime");
            Discord.Rest.Messages.Count(m => m.ReplyTo == asked).ShouldBe(1);
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _work.Delete(recursive: true);
    }

    private Task<BotProcess> StartBotAsync()
    {
        var settings = BotUnderTest.Settings(setup.Sandbox, Discord, _work.FullName);
        settings["Outbox:FirstRetryMilliseconds"] = "100";
        return BotProcess.StartConnectedAsync(settings, _work.FullName, Discord, Patience);
    }
}
