using ServerStatus.IntegrationTests.Games;

namespace ServerStatus.IntegrationTests.Host;

/// <summary>
/// Player counts through the fake Discord: busybox servers labelled to fake Minecraft and Steam servers on loopback, one
/// answering through its console, one whose game never answers, one without a player source.
/// </summary>
public sealed class PlayerCountTests(PlayerCountTests.Setup fixture) : BotTests<PlayerCountTests.Setup>(fixture)
{
    [Fact]
    public async Task ShowsEachRunningServersPlayers_InTheOverview()
    {
        var reply = await Discord.AskAsync(TestApp.AdminId, "$status");

        Line(reply, "mc").ShouldContain("· 👥 3/20");
        Line(reply, "cs").ShouldContain("· 👥 2/16");
        Line(reply, "valheim").ShouldContain("· 👥 2/10");
        Line(reply, "quiet").ShouldContain("· 👥 ?");
        Line(reply, "plain").ShouldNotContain("👥");
    }

    [Fact]
    public async Task ShowsThePlayersNames_OnTheCard()
    {
        var reply = await Discord.AskAsync(TestApp.AdminId, "$status mc");

        reply.ShouldContain("👥 3/20: Notch, jeb\\_, Dinnerbone");
    }

    [Fact]
    public async Task SaysTheGameDidNotAnswer_OnTheCardOfASilentServer()
    {
        var reply = await Discord.AskAsync(TestApp.AdminId, "$status quiet");

        reply.ShouldContain("👥 ? (the game did not answer)");
        reply.ShouldNotContain("Something went wrong");
    }

    private static string Line(string reply, string server) =>
        reply.Split('\n').SingleOrDefault(l => l.Contains($"**{server}**", StringComparison.Ordinal))
            ?? throw new ShouldAssertException($"No line for {server} in:\n{reply}");

    /// <summary>The fake game servers, and the servers labelled to them, made before the bot starts.</summary>
    public sealed class Setup : BotFixture
    {
        private readonly FakeMinecraftServer _minecraft = new() { Players = ["Notch", "jeb_", "Dinnerbone"], Max = 20 };
        private readonly FakeA2sServer _steam = new() { Players = ["Gordon", "Alyx"], Max = 16 };
        private readonly FakeMinecraftServer _silent = new(FakeGameBehaviour.Silent);

        protected override void Configure(Dictionary<string, string?> settings) =>
            settings["Games:QueryTimeoutMilliseconds"] = "3000"; // a loaded machine's console round trip; the silent one still ends as "?"

        protected override async Task BeforeStartAsync()
        {
            await Sandbox.CreateServerAsync("mc", labels: GameServers.Query("minecraft", _minecraft.Port), command: "sleep 600");
            await Sandbox.CreateServerAsync("cs", labels: GameServers.Query("a2s", _steam.Port), command: "sleep 600");
            await Sandbox.CreateServerAsync("valheim", labels: GameServers.Console(), command: GameServers.ListingConsole, openStdin: true);
            await Sandbox.CreateServerAsync("quiet", labels: GameServers.Query("minecraft", _silent.Port), command: "sleep 600");
            await Sandbox.CreateServerAsync("plain", command: "sleep 600");
        }

        protected override async Task CleanUpAsync()
        {
            await _minecraft.DisposeAsync();
            await _steam.DisposeAsync();
            await _silent.DisposeAsync();
        }
    }
}
