using System.Globalization;
using Docker.DotNet.Models;
using Xunit.Abstractions;

namespace ServerStatus.IntegrationTests.Updates;

/// <summary>
/// The bot's process is killed (SIGKILL) while a new container is on probation; started again on the same database, it
/// rolls the update back — the old container runs again with the data from before — and says so in the alert channel.
/// </summary>
public sealed class InterruptedUpdateTests(DiscordAndSandbox setup, ITestOutputHelper output) : IClassFixture<DiscordAndSandbox>, IDisposable
{
    private const ulong AlertChannel = 870_000_000_000_000_009;
    private const string Original = "the world before the update\n";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("serverstatus-update-killed-");

    private FakeDiscordServer Discord => setup.Discord;

    private Docker.DotNet.DockerClient Engine => setup.Sandbox.Primary;

    [Fact]
    public async Task RollsTheUpdateBack_WhenTheBotWasKilledDuringTheProbation()
    {
        await using var registry = await LocalRegistry.StartAsync();
        var reference = await registry.PushAsync(Engine, $"killed/{setup.Sandbox.Id}", "latest", "v1");
        var volume = await setup.Sandbox.CreateVolumeAsync();
        var old = await setup.Sandbox.CreateServerAsync("orphan", image: reference, binds: [$"{volume}:/data"]);
        await ContainerFiles.WriteAsync(Engine, old, Original);
        var name = (await setup.Sandbox.InspectAsync(old)).Name.TrimStart('/');
        await registry.PushAsync(Engine, $"killed/{setup.Sandbox.Id}", "latest", "v2", command: "trap \"exit 0\" TERM; echo garbage > /data/world.txt; while true; do sleep 1; done");

        await using (var first = await StartBotAsync())
        {
            var reply = await Discord.WaitForReplyAsync(await Discord.SayAsync(TestApp.AdminId, "$update orphan --yes"), Patience);
            await Eventually.HoldsAsync(() => FakeDiscordServer.Text(reply).Contains("watching the new container", StringComparison.Ordinal),
                "the new container is on probation", Patience, seen: () => FakeDiscordServer.Text(reply));
            await first.KillAsync();
            output.WriteLine(first.Output);
        }

        var during = await setup.Sandbox.InspectAsync(name);
        setup.Sandbox.Adopt(during.ID);
        during.ID.ShouldNotBe(old);
        (await ContainerFiles.ParkedAsync(Engine, name)).ShouldHaveSingleItem();

        await using var second = await StartBotAsync();
        var told = await Eventually.ValueAsync(
            () => Task.FromResult(Discord.Rest.MessagesIn(AlertChannel).FirstOrDefault(m => FakeDiscordServer.Text(m).Contains("Update interrupted", StringComparison.Ordinal))),
            m => m is not null, "the alert channel is told", Patience);
        output.WriteLine(second.Output);

        FakeDiscordServer.Text(told!).ShouldContain("Update interrupted by a bot stop of **orphan** rolled back: the bot stopped during the update");
        Discord.Rest.MessagesIn(AlertChannel).ShouldNotContain(m => FakeDiscordServer.Text(m).Contains("killed outside", StringComparison.Ordinal));
        var after = await setup.Sandbox.InspectAsync(name);
        after.ID.ShouldBe(old);
        after.State.ShouldNotBeNull().Running.ShouldBeTrue();
        (await ContainerFiles.ReadAsync(Engine, old)).ShouldBe(Original);
        (await ContainerFiles.ParkedAsync(Engine, name)).ShouldBeEmpty();
        await Should.ThrowAsync<Docker.DotNet.DockerContainerNotFoundException>(() => Engine.Containers.InspectContainerAsync(during.ID));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _work.Delete(recursive: true);
    }

    private Task<BotProcess> StartBotAsync()
    {
        var settings = BotUnderTest.Settings(setup.Sandbox, Discord, _work.FullName);
        settings["Backups:Directory"] = Path.Combine(_work.FullName, "backups");
        settings["Backups:MinFreeSpaceMegabytes"] = "0";
        settings["Bot:ProgressEditSeconds"] = "0.02";
        settings["Alerts:ChannelId"] = AlertChannel.ToString(CultureInfo.InvariantCulture);
        settings["Updates:Enabled"] = "false";
        settings["Updates:AnnounceSeconds"] = "0";
        settings["Updates:ProbationSeconds"] = "600";
        return BotProcess.StartConnectedAsync(settings, _work.FullName, Discord, Patience);
    }
}
