using System.Globalization;
using Docker.DotNet.Models;
using ServerStatus.IntegrationTests.FakeDiscord.Rest;

namespace ServerStatus.IntegrationTests.Watch;

/// <summary>The watch across things going away: an engine that stops answering, and the bot itself stopped while a server died.</summary>
public sealed class EngineWatchTests(DockerSandbox sandbox) : IClassFixture<DockerSandbox>
{
    private const ulong AlertChannel = 830_000_000_000_000_002;

    [Fact]
    public async Task PostsOneEngineIncident_AndEditsItWhenTheEngineIsBack()
    {
        await using var engine = new OwnDockerEngine();
        await engine.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(sandbox, settings =>
        {
            Alerting(settings);
            settings["Docker:Engines:1:Name"] = "spare";
            settings["Docker:Engines:1:Endpoint"] = engine.Endpoint.ToString();
            settings["Alerts:EngineDownSeconds"] = "2";
        });

        await engine.StopAsync();
        var incident = await Eventually.ValueAsync(
            () => bot.Discord.Rest.MessagesIn(AlertChannel).FirstOrDefault(m => FakeDiscordServer.Text(m).Contains("spare (Docker engine) is not answering", StringComparison.Ordinal)),
            "the engine incident", TimeSpan.FromSeconds(30));
        await engine.StartAsync();

        await Eventually.HoldsAsync(() => FakeDiscordServer.Text(incident).Contains("answering again"), "the incident says the engine is back", TimeSpan.FromSeconds(30), () => FakeDiscordServer.Text(incident));
        bot.Discord.Rest.MessagesIn(AlertChannel).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task ReportsAServerThatDiedWhileTheBotWasStopped_OnceAfterItStarts()
    {
        var database = Path.Combine(Directory.CreateTempSubdirectory("serverstatus-watch-").FullName, "serverstatus.db");
        void SameDatabase(Dictionary<string, string?> settings)
        {
            Alerting(settings);
            settings["Database:Path"] = database;
        }

        var id = await sandbox.CreateServerAsync("napper");
        await using (var first = await BotUnderTest.StartAsync(sandbox, SameDatabase))
        {
            await first.Discord.AskAsync(TestApp.AdminId, "$status napper");
        }

        await sandbox.Primary.Containers.KillContainerAsync(id, new ContainerKillParameters { Signal = "KILL" });
        await using (var second = await BotUnderTest.StartAsync(sandbox, SameDatabase))
        {
            var incident = await Eventually.ValueAsync(
                () => second.Discord.Rest.MessagesIn(AlertChannel).FirstOrDefault(m => FakeDiscordServer.Text(m).Contains("napper was killed outside ServerStatus (SIGKILL)", StringComparison.Ordinal)),
                "the incident of the kill while the bot was stopped", TimeSpan.FromSeconds(30));
            incident.ShouldNotBeNull();
        }

        await using var third = await BotUnderTest.StartAsync(sandbox, SameDatabase);
        await third.Discord.AskAsync(TestApp.AdminId, "$status napper"); // it is up and has read its engine's events since the last one handled
        await Eventually.HoldsAsync(() => third.Logs.AllText.Contains("Watching the events", StringComparison.Ordinal), "the third bot watches");
        third.Discord.Rest.MessagesIn(AlertChannel).ShouldBeEmpty();
    }

    private static void Alerting(Dictionary<string, string?> settings) =>
        settings["Alerts:ChannelId"] = AlertChannel.ToString(CultureInfo.InvariantCulture);
}
