using System.Text.Json.Nodes;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.IntegrationTests.Host;

/// <summary>The server card through the fake Discord: no placeholder left behind, and a clear answer about a missing permission.</summary>
public sealed class StatusCardTests(StatusCardTests.Setup fixture) : BotTests<StatusCardTests.Setup>(fixture)
{
    [Fact]
    public async Task EditsACardShownBeforeItsCpuWasMeasured_WithTheMeasurement()
    {
        await Sandbox.CreateServerAsync("busy", command: "while true; do :; done");
        var asked = await Discord.SayAsync(TestApp.AdminId, "$status busy");

        var card = await Discord.WaitForReplyAsync(asked);
        // Only a card posted as "measuring…" is edited; within this class's 1 ms budget no first sample can come.
        var edit = await Eventually.ValueAsync(() => card.Edits.LastOrDefault(), "the card is edited with its measurement");

        var fields = Fields(edit);
        fields["CPU"].ShouldEndWith(" %");
        fields["Memory"].ShouldNotBe("measuring…");
        FakeDiscordServer.Text(edit["embeds"]).ShouldNotContain("measuring");
    }

    [Fact]
    public async Task TellsAUserWhoSeesTheServerWhichPermissionTheyLack()
    {
        const ulong Viewer = 6101;
        await Sandbox.CreateServerAsync("seen");
        await Bot.GrantAsync(Subject.User(Viewer), Permission.Status, "seen");

        var restart = await Discord.AskAsync(Viewer, "$restart seen");
        var hidden = await Discord.AskAsync(Viewer, "$restart nowhere");

        restart.ShouldContain("You may see `seen` but lack the `restart` permission on it.");
        hidden.ShouldContain("No server named `nowhere`.");
    }

    private static Dictionary<string, string> Fields(JsonObject edit) =>
        edit["embeds"]!.AsArray()[0]!["fields"]!.AsArray().ToDictionary(f => (string)f!["name"]!, f => (string)f!["value"]!);

    /// <summary>Cards wait 1 ms for a first sample, so a fresh server's card always starts as "measuring…".</summary>
    public sealed class Setup : BotFixture
    {
        protected override void Configure(Dictionary<string, string?> settings) => settings["Docker:StatsBudgetMilliseconds"] = "1";
    }
}
