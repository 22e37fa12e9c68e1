using ServerStatus.Domain.Permissions;

namespace ServerStatus.IntegrationTests.Host;

/// <summary>
/// Announced restarts and stops end to end: the fake Discord, the real engine (a busybox console that echoes what it
/// reads, so the announcements show in its log), Hangfire and SQLite. Marks are seconds here (<c>4s,2s</c>).
/// </summary>
public sealed class PendingActionTests(PendingActionTests.Setup fixture) : BotTests<PendingActionTests.Setup>(fixture)
{
    private const ulong Stranger = 41_337;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task AnnouncesInGame_RestartsWhenDue_AndEditsTheReply()
    {
        var id = await CreateConsoleAsync("countdown");
        var startedAt = (await Sandbox.StateAsync(id)).StartedAt;

        var asked = await Discord.SayAsync(TestApp.AdminId, "$restart countdown --in 6s map reset");
        var reply = await Discord.WaitForReplyAsync(asked);
        FakeDiscordServer.Text(reply).ShouldContain("**countdown** restarts <t:");
        FakeDiscordServer.Text(reply).ShouldContain("Announced in-game now and at 4s, 2s before it runs.");
        FakeDiscordServer.Button(reply, "pending").ShouldStartWith("pending:cancel:");

        await Eventually.HoldsAsync(() => FakeDiscordServer.Text(reply).Contains("restarted", StringComparison.Ordinal), "the reply is edited into the outcome", Patience, seen: () => FakeDiscordServer.Text(reply));
        (await Sandbox.StateAsync(id)).StartedAt.ShouldNotBe(startedAt);
        reply.Components.ShouldBeEmpty();
        var said = (await Sandbox.LogsAsync(id)).Split('\n').Where(l => l.StartsWith("got: ", StringComparison.Ordinal)).ToList();

        // Each line says the time really left, so a step that ran a little late under load says a second less.
        said.Count.ShouldBe(3);
        var left = said.Select(line => System.Text.RegularExpressions.Regex.Match(line, @"^got: say Server restarting in (\d) seconds?: map reset$")).ToList();
        left.ShouldAllBe(match => match.Success, string.Join(" | ", said));
        var seconds = left.Select(match => int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        seconds.ShouldBe([.. seconds.OrderDescending()]);
        seconds[0].ShouldBeInRange(4, 6);
    }

    [Fact]
    public async Task PendingListsIt_AndCancelCallsItOff()
    {
        var id = await Sandbox.CreateServerAsync("quiet");
        var startedAt = (await Sandbox.StateAsync(id)).StartedAt;
        var asked = await Discord.SayAsync(TestApp.AdminId, "$stop quiet --in 10m upgrade");
        var reply = await Discord.WaitForReplyAsync(asked);
        FakeDiscordServer.Text(reply).ShouldContain("Nothing is announced in-game");

        var pending = await Discord.AskAsync(TestApp.AdminId, "$pending");
        var cancelled = await Discord.AskAsync(TestApp.AdminId, "$cancel quiet");
        var none = await Discord.AskAsync(TestApp.AdminId, "$pending");

        pending.ShouldContain("**local/quiet** — stop <t:");
        pending.ShouldContain($"by <@{TestApp.AdminId}>: upgrade");
        cancelled.ShouldContain("was cancelled by");
        none.ShouldContain("Nothing is pending.");
        await Eventually.HoldsAsync(() => FakeDiscordServer.Text(reply).Contains("stop cancelled", StringComparison.Ordinal), "the countdown's reply says it was cancelled", Patience);
        (await Sandbox.StateAsync(id)).StartedAt.ShouldBe(startedAt);
        (await Discord.AskAsync(TestApp.AdminId, "$cancel quiet")).ShouldContain("`quiet` has no pending restart or stop.");
    }

    [Fact]
    public async Task TheCancelButton_RefusesOthersPrivately_AndWorksForTheRequester()
    {
        var id = await CreateConsoleAsync("buttoned");
        await Bot.GrantAsync(Subject.User(Stranger), Permission.Status, "buttoned");
        var asked = await Discord.SayAsync(TestApp.AdminId, "$restart buttoned --in 10m");
        var reply = await Discord.WaitForReplyAsync(asked);
        var button = FakeDiscordServer.Button(reply, "pending");
        await Eventually.HoldsAsync(
            async () => (await Sandbox.LogsAsync(id)).Contains("got: say Server restarting in 10 minutes", StringComparison.Ordinal), "the countdown is announced", Patience);

        var refused = await Discord.WaitForAnswerAsync(await Discord.ClickAsync(Stranger, reply.Id, button));
        ((int)refused.Callbacks[0]["data"]!["flags"]! & 64).ShouldBe(64);
        FakeDiscordServer.Text(refused.Callbacks[0]).ShouldContain($"Only <@{TestApp.AdminId}>, who asked for it, or an admin can cancel");

        var accepted = await Discord.WaitForAnswerAsync(await Discord.ClickAsync(TestApp.AdminId, reply.Id, button));
        FakeDiscordServer.Text(accepted.Callbacks[0]).ShouldContain("was cancelled by");
        await Eventually.HoldsAsync(() => FakeDiscordServer.Text(reply).Contains("restart cancelled", StringComparison.Ordinal), "the countdown's reply says it was cancelled", Patience);
        await Eventually.HoldsAsync(
            async () => (await Sandbox.LogsAsync(id)).Contains("got: say The announced restart was cancelled.", StringComparison.Ordinal), "the players hear it is off", Patience);
    }

    [Fact]
    public async Task ASecondAction_AsksBeforeItReplacesTheFirst()
    {
        await Sandbox.CreateServerAsync("twice");
        await Discord.AskAsync(TestApp.AdminId, "$restart twice --in 10m");

        var asked = await Discord.SayAsync(TestApp.AdminId, "$stop twice --in 20m");
        var prompt = await Discord.WaitForReplyAsync(asked);
        FakeDiscordServer.Text(prompt).ShouldContain("**twice** already has a pending restart");
        await Discord.WaitForAnswerAsync(await Discord.ClickAsync(TestApp.AdminId, prompt.Id, FakeDiscordServer.Button(prompt, "confirm")), i => i.Original?.Edits.Count >= 2);

        (await Discord.AskAsync(TestApp.AdminId, "$pending")).ShouldContain("**local/twice** — stop");
        await Discord.AskAsync(TestApp.AdminId, "$cancel twice");
    }

    [Fact]
    public async Task WhenEmpty_WithoutAPlayerSource_SaysSo_AndDoesNothing()
    {
        await Sandbox.CreateServerAsync("sourceless");

        var reply = await Discord.AskAsync(TestApp.AdminId, "$restart sourceless --when-empty --max 1h");

        reply.ShouldContain("`sourceless` has no player source");
        reply.ShouldContain("nothing was scheduled");
        (await Discord.AskAsync(TestApp.AdminId, "$pending")).ShouldNotContain("sourceless");
    }

    [Fact]
    public async Task SlashRestartIn_ShowsTheCountdownWithACancelButton_ThatCallsItOff()
    {
        var id = await CreateConsoleAsync("slashed");
        var startedAt = (await Sandbox.StateAsync(id)).StartedAt;

        var token = await Discord.SlashAsync(TestApp.AdminId, "restart", new { servers = "slashed", @in = "10m", reason = "map reset" });
        var reply = (await Discord.WaitForAnswerAsync(token)).Original.ShouldNotBeNull();
        FakeDiscordServer.Text(reply).ShouldContain("**slashed** restarts <t:");
        var button = FakeDiscordServer.Button(reply, "pending");
        await Eventually.HoldsAsync(
            async () => (await Sandbox.LogsAsync(id)).Contains("got: say Server restarting in 10 minutes: map reset", StringComparison.Ordinal), "the countdown is announced", Patience);
        var pending = await Discord.AskAsync(TestApp.AdminId, "$pending");
        var cancelled = await Discord.WaitForAnswerAsync(await Discord.ClickAsync(TestApp.AdminId, reply.Id, button));

        pending.ShouldContain("**local/slashed** — restart <t:");
        pending.ShouldContain($"by <@{TestApp.AdminId}>: map reset");
        FakeDiscordServer.Text(cancelled.Callbacks[0]).ShouldContain("was cancelled by");
        await Eventually.HoldsAsync(() => FakeDiscordServer.Text(reply).Contains("restart cancelled", StringComparison.Ordinal), "the slash reply is edited: cancelled", Patience, seen: () => FakeDiscordServer.Text(reply));
        reply.Components.ShouldBeEmpty();
        (await Discord.AskAsync(TestApp.AdminId, "$pending")).ShouldNotContain("slashed");
        (await Sandbox.StateAsync(id)).StartedAt.ShouldBe(startedAt);
    }

    [Fact]
    public async Task SlashRestartWhenEmpty_WithoutAPlayerSource_SaysSo_AndDoesNothing()
    {
        var id = await Sandbox.CreateServerAsync("unsourced");
        var startedAt = (await Sandbox.StateAsync(id)).StartedAt;

        var token = await Discord.SlashAsync(TestApp.AdminId, "restart", new { servers = "unsourced", when_empty = true, max = "1h" });
        var reply = FakeDiscordServer.Text((await Discord.WaitForAnswerAsync(token)).Original.ShouldNotBeNull());

        reply.ShouldContain("`unsourced` has no player source");
        reply.ShouldContain("nothing was scheduled");
        (await Discord.AskAsync(TestApp.AdminId, "$pending")).ShouldNotContain("unsourced");
        (await Sandbox.StateAsync(id)).StartedAt.ShouldBe(startedAt);
    }

    [Fact]
    public async Task SlashRestart_RefusesOptionsThatDoNotGoTogether_OnlyToTheUser()
    {
        var id = await Sandbox.CreateServerAsync("contrary");
        var startedAt = (await Sandbox.StateAsync(id)).StartedAt;

        var both = await Discord.WaitForAnswerAsync(await Discord.SlashAsync(TestApp.AdminId, "restart", new { servers = "contrary", @in = "5m", when_empty = true }));
        var badDelay = await Discord.WaitForAnswerAsync(await Discord.SlashAsync(TestApp.AdminId, "restart", new { servers = "contrary", @in = "soon" }));

        ((int)both.Callbacks[0]["data"]!["flags"]! & 64).ShouldBe(64);
        FakeDiscordServer.Text(both.Callbacks[0]).ShouldContain("Use either `--in <delay>` or `--when-empty`, not both.");
        ((int)badDelay.Callbacks[0]["data"]!["flags"]! & 64).ShouldBe(64);
        FakeDiscordServer.Text(badDelay.Callbacks[0]).ShouldContain("`soon` is not a delay");
        FakeDiscordServer.Text(badDelay.Callbacks[0]).ShouldContain("`30s`, `5m` or `2h`");
        (await Discord.AskAsync(TestApp.AdminId, "$pending")).ShouldNotContain("contrary");
        (await Sandbox.StateAsync(id)).StartedAt.ShouldBe(startedAt);
    }

    [Fact]
    public async Task TheRegisteredRestartAndStop_OfferTheOptions_AndPassTheSpec()
    {
        var puts = Discord.Rest.RequestsTo("PUT", "applications/{application_id}/guilds/{guild_id}/commands");
        var registered = Discord.Rest.GetCommands(Discord.ApplicationId, FakeDiscordServer.GuildId);

        Options(registered, "restart").ShouldBe(["servers", "in", "when_empty", "max", "reason"]);
        Options(registered, "stop").ShouldBe(["servers", "in", "reason"]);
        puts.ShouldNotBeEmpty();
        await SpecCheck.RunAsync(Discord.Rest, puts);
    }

    private static List<string?> Options(System.Text.Json.Nodes.JsonArray commands, string name) =>
        [.. commands.Single(c => (string?)c!["name"] == name)!["options"]!.AsArray().Select(o => (string?)o!["name"])];

    private Task<string> CreateConsoleAsync(string name) => Sandbox.CreateServerAsync(
        name, command: "while read -r line; do echo \"got: $line\"; done", openStdin: true, labels: new Dictionary<string, string> { ["serverstatus.announce"] = "say {message}" });

    public sealed class Setup : BotFixture
    {
        protected override void Configure(Dictionary<string, string?> settings)
        {
            settings["Games:AnnounceMarks:0"] = "4s";
            settings["Games:AnnounceMarks:1"] = "2s";
        }
    }
}
