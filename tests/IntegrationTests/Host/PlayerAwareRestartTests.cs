using ServerStatus.IntegrationTests.Games;

namespace ServerStatus.IntegrationTests.Host;

/// <summary>
/// Announced and player-aware restarts with a real player source: servers labelled to a fake Minecraft server on
/// loopback whose player list the test changes, read every second.
/// </summary>
public sealed class PlayerAwareRestartTests(PlayerAwareRestartTests.Setup fixture) : BotTests<PlayerAwareRestartTests.Setup>(fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task RestartsAtOnce_WhenAnAnnouncedRestartFindsNobodyOnline()
    {
        var id = await Sandbox.CreateServerAsync("deserted", labels: GameServers.Query("minecraft", Fixture.Empty.Port));
        var startedAt = (await Sandbox.StateAsync(id)).StartedAt;

        var reply = await Discord.AskAsync(TestApp.AdminId, "$restart deserted --in 10m map reset");

        reply.ShouldContain("Nobody is online, so it ran at once.");
        (await Sandbox.StateAsync(id)).StartedAt.ShouldNotBe(startedAt);
        (await Discord.AskAsync(TestApp.AdminId, "$pending")).ShouldContain("Nothing is pending.");
    }

    [Fact]
    public async Task WaitsWhilePlayersAreOnline_AndRestartsWhenTheLastOneLeft()
    {
        var id = await Sandbox.CreateServerAsync("crowded", labels: GameServers.Query("minecraft", Fixture.Busy.Port));
        var startedAt = (await Sandbox.StateAsync(id)).StartedAt;

        var reply = await Discord.AskAsync(TestApp.AdminId, "$restart crowded --when-empty --max 10m");
        await Eventually.HoldsAsync(async () => (await Discord.AskAsync(TestApp.AdminId, "$status crowded")).Contains("👥 1/20", StringComparison.Ordinal),
            "the bot reads the player online", Patience);
        var stillPending = await Discord.AskAsync(TestApp.AdminId, "$pending");
        Fixture.Busy.Players = [];

        reply.ShouldContain("as soon as nobody is online");
        stillPending.ShouldContain("**local/crowded** — restart when empty");
        (await Sandbox.StateAsync(id)).StartedAt.ShouldBe(startedAt);
        await Eventually.HoldsAsync(async () => (await Sandbox.StateAsync(id)).StartedAt != startedAt, "the server restarts once it is empty", Patience);
    }

    public sealed class Setup : BotFixture
    {
        public FakeMinecraftServer Empty { get; } = new() { Players = [], Max = 20 };

        public FakeMinecraftServer Busy { get; } = new() { Players = ["Steve"], Max = 20 };

        protected override void Configure(Dictionary<string, string?> settings)
        {
            settings["Games:QueryCacheSeconds"] = "1";
            settings["Games:EmptyCheckSeconds"] = "1";
            settings["Games:QueryTimeoutMilliseconds"] = "3000";
        }

        protected override async Task CleanUpAsync()
        {
            await Empty.DisposeAsync();
            await Busy.DisposeAsync();
        }
    }
}
