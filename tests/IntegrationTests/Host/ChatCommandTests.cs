using ServerStatus.Domain.Permissions;

namespace ServerStatus.IntegrationTests.Host;

/// <summary>The whole bot against the fake Discord and the real engine: chat commands and slash commands.</summary>
public sealed class ChatCommandTests(ChatCommandTests.Setup fixture) : BotTests<ChatCommandTests.Setup>(fixture)
{
    private const ulong Player = 4242;

    [Fact]
    public async Task AnswersStatusWithTheRealStates()
    {
        var reply = await Discord.AskAsync(TestApp.AdminId, "$status");

        reply.ShouldContain("🟢 **alpha** — Up");
        reply.ShouldContain("⚪ **beta** — Created");
        reply.ShouldContain("1 of 2 running");
    }

    [Fact]
    public async Task AnswersTheSlashCommandWithTheSameOverview()
    {
        var token = await Discord.SlashAsync(TestApp.AdminId, "status");

        var interaction = await Discord.WaitForAnswerAsync(token);

        var text = FakeDiscordServer.Text(interaction.Original ?? throw new InvalidOperationException("no original"));
        text.ShouldContain("**alpha**");
        text.ShouldContain("**beta**");
    }

    [Fact]
    public async Task ShowsTheCard_ForOneServer()
    {
        var reply = await Discord.AskAsync(TestApp.AdminId, "$status alpha");

        reply.ShouldContain("alpha");
        reply.ShouldContain("Up since");
        reply.ShouldContain(TestImage.Name);
    }

    [Fact]
    public async Task RestartsBothServersAndReportsEach()
    {
        // Servers of its own, running and never started: restarting the class's beta would start it for every later test.
        var gamma = await Sandbox.CreateServerAsync("gamma");
        var delta = await Sandbox.CreateServerAsync("delta", start: false);
        var gammaStarted = (await Sandbox.StateAsync(gamma)).StartedAt;

        var reply = await Discord.AskAsync(TestApp.AdminId, "$restart gamma delta");

        reply.ShouldContain("✅ **gamma** — restarted");
        reply.ShouldContain("✅ **delta** — restarted");
        (await Sandbox.StateAsync(gamma)).StartedAt.ShouldNotBe(gammaStarted);
        (await Sandbox.StateAsync(delta)).Running.ShouldBeTrue();
    }

    [Fact]
    public async Task RunsOnePowerActionPerServerAtATime_AndTellsTheSecondRequester()
    {
        // Ignores SIGTERM with a stop timeout of 2 s: a restart takes 2 s, long enough for the second request to meet it.
        var id = await Sandbox.CreateServerAsync("contested", labels: new Dictionary<string, string> { ["serverstatus.stop-timeout"] = "2" },
            command: "trap '' TERM; while true; do sleep 1; done");

        var first = await Discord.SayAsync(TestApp.AdminId, "$restart contested");
        var second = await Discord.SayAsync(TestApp.AdminId, "$restart contested");
        var answers = new[] { FakeDiscordServer.Text(await Discord.WaitForReplyAsync(first)), FakeDiscordServer.Text(await Discord.WaitForReplyAsync(second)) };

        answers.Count(a => a.Contains("**contested** — restarted", StringComparison.Ordinal)).ShouldBe(1, string.Join(" | ", answers));
        answers.ShouldContain(a => a.Contains("is already being restarted", StringComparison.Ordinal), string.Join(" | ", answers));
        (await Sandbox.WaitForStateAsync(id, "running")).Running.ShouldBeTrue();
    }

    [Fact]
    public async Task SaysNotFound_ToAUserWithoutGrants_ForAnExistingServer()
    {
        var before = (await Sandbox.StateAsync(Fixture.Alpha)).StartedAt;

        var reply = await Discord.AskAsync(Player, "$restart alpha");

        reply.ShouldContain("No server named `alpha`.");
        (await Sandbox.StateAsync(Fixture.Alpha)).StartedAt.ShouldBe(before);
    }

    [Fact]
    public async Task LetsARoleHolderAct_InTheGuildOnly()
    {
        const ulong Moderators = 777_000;
        await Bot.GrantAsync(Subject.Role(Moderators), Permission.Status, "alpha");

        var inGuild = await Discord.SayAsync(Player + 1, "$status", roles: [Moderators]);
        var inDm = await Discord.SayAsync(Player + 1, "$status", inDirectMessage: true, channelId: 820_000_000_000_000_001);

        FakeDiscordServer.Text(await Discord.WaitForReplyAsync(inGuild)).ShouldContain("**alpha**");
        FakeDiscordServer.Text(await Discord.WaitForReplyAsync(inDm)).ShouldContain("No servers you may see");
    }

    [Fact]
    public async Task FetchesTheRoles_WhenDiscordLeavesTheMemberOut()
    {
        const ulong Operators = 778_000;
        await Bot.GrantAsync(Subject.Role(Operators), Permission.Status, "beta");
        Discord.Rest.AddMember(FakeDiscordServer.GuildId, Player + 4, Operators);

        var reply = await Discord.AskAsync(Player + 4, "$status", withoutMember: true);

        reply.ShouldContain("**beta**");
        RequestsOfThisTest.Where(r => r.Method == "GET" && r.Template == "guilds/{guild_id}/members/{user_id}").ShouldHaveSingleItem();
    }

    [Fact]
    public async Task SuggestsTheClosestCommand_WhenTheNameIsMistyped()
    {
        var reply = await Discord.AskAsync(TestApp.AdminId, "$restrat alpha");

        reply.ShouldContain("Did you mean `$restart`?");
    }

    [Fact]
    public async Task ShowsTheUsage_WhenArgumentsAreMissing()
    {
        var reply = await Discord.AskAsync(TestApp.AdminId, "$stop");

        reply.ShouldContain("Name at least one server.");
        reply.ShouldContain("Usage: `$stop <servers...>`");
    }

    [Fact]
    public async Task ExplainsAnInvalidName_AndTouchesNothing()
    {
        var reply = await Discord.AskAsync(TestApp.AdminId, "$start \"bad name\"");

        reply.ShouldContain("`bad name` is not a valid server name");
    }

    [Fact]
    public async Task AnswersWhenMentioned()
    {
        var reply = await Discord.AskAsync(TestApp.AdminId, $"<@{Discord.BotUserId}> uptime");

        reply.ShouldContain("Uptime");
        reply.ShouldContain("Docker");
    }

    [Fact]
    public async Task ShowsOnlyUsableCommands_InHelp()
    {
        await Bot.GrantAsync(Subject.User(Player + 2), Permission.Status, "*");

        var reply = await Discord.AskAsync(Player + 2, "$help");

        reply.ShouldContain("$status [servers...]");
        reply.ShouldNotContain("$kill");
    }

    [Fact]
    public async Task IgnoresMessagesNotAddressedToTheBot()
    {
        var chatter = await Discord.SayAsync(TestApp.AdminId, "I owe you $5 for the server");
        var asked = await Discord.SayAsync(TestApp.AdminId, "$uptime");

        await Discord.WaitForReplyAsync(asked);
        Discord.Rest.Messages.ShouldNotContain(m => m.ReplyTo == chatter);
    }

    [Fact]
    public async Task AutocompletesOnlyServersTheUserMaySee()
    {
        await Bot.GrantAsync(Subject.User(Player + 3), Permission.Restart, "beta");

        var token = await Discord.AutocompleteAsync(Player + 3, "restart", "servers", "");

        var interaction = await Discord.WaitForAnswerAsync(token);
        var choices = interaction.Callbacks[0]["data"]!["choices"]!.AsArray().Select(c => (string)c!["value"]!).ToList();
        choices.ShouldBe(["beta"]);
    }

    [Fact]
    public async Task AutocompletesTheLastWord_KeepingTheOthers()
    {
        var token = await Discord.AutocompleteAsync(TestApp.AdminId, "restart", "servers", "alpha b");

        var interaction = await Discord.WaitForAnswerAsync(token);
        var choices = interaction.Callbacks[0]["data"]!["choices"]!.AsArray().Select(c => (string)c!["value"]!).ToList();
        choices.ShouldBe(["alpha beta"]);
    }

    /// <summary>Two servers every test sees as they were made: alpha running, beta created and never started.</summary>
    public sealed class Setup : BotFixture
    {
        public string Alpha { get; private set; } = "";

        protected override async Task BeforeStartAsync()
        {
            Alpha = await Sandbox.CreateServerAsync("alpha");
            await Sandbox.CreateServerAsync("beta", start: false);
        }
    }
}
