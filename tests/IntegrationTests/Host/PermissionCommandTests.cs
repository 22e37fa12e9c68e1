using Microsoft.Extensions.DependencyInjection;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Domain.Audit;
using ServerStatus.IntegrationTests.FakeDiscord.Rest;

namespace ServerStatus.IntegrationTests.Host;

/// <summary>
/// Admins manage grants from chat; the requests vanish from the channel and the answers go by DM. Every test starts
/// without grants or stored admins and with open DMs (the shared bot's reset).
/// </summary>
public sealed class PermissionCommandTests(PermissionCommandTests.Setup fixture) : BotTests<PermissionCommandTests.Setup>(fixture)
{
    private const ulong Alice = 5001;
    private const ulong Bob = 5002;
    private const ulong Helpers = 990_000;

    [Fact]
    public async Task GrantedUserMayRestartThatServerOnly()
    {
        await AdminSaysAsync($"$permissions grant <@{Alice}> restart alpha");
        var started = (await Sandbox.StateAsync(Fixture.Alpha)).StartedAt;

        var onAlpha = await Discord.SayAsync(Alice, "$restart alpha");
        var onBeta = await Discord.SayAsync(Alice, "$restart beta");

        FakeDiscordServer.Text(await Discord.WaitForReplyAsync(onAlpha)).ShouldContain("✅ **alpha** — restarted");
        FakeDiscordServer.Text(await Discord.WaitForReplyAsync(onBeta)).ShouldContain("No server named `beta`.");
        (await Sandbox.StateAsync(Fixture.Alpha)).StartedAt.ShouldNotBe(started);
    }

    [Fact]
    public async Task RoleGrantWorksInTheGuild_ButNotInADirectMessage()
    {
        await AdminSaysAsync($"$permissions grant <@&{Helpers}> status beta");

        var inGuild = await Discord.SayAsync(Bob, "$status", roles: [Helpers]);
        var inDm = await Discord.SayAsync(Bob, "$status", inDirectMessage: true, channelId: 830_000_000_000_000_001);

        FakeDiscordServer.Text(await Discord.WaitForReplyAsync(inGuild)).ShouldContain("**beta**");
        FakeDiscordServer.Text(await Discord.WaitForReplyAsync(inDm)).ShouldContain("No servers you may see");
    }

    [Fact]
    public async Task EveryoneRoleGrantReachesEveryMemberOfTheGuild_ButNotADirectMessage()
    {
        const ulong Dave = 5004;
        await AdminSaysAsync($"$permissions grant <@&{FakeDiscordServer.GuildId}> status beta");

        var inGuild = await Discord.SayAsync(Dave, "$status");
        var inDm = await Discord.SayAsync(Dave, "$status", inDirectMessage: true, channelId: 830_000_000_000_000_002);

        FakeDiscordServer.Text(await Discord.WaitForReplyAsync(inGuild)).ShouldContain("**beta**");
        FakeDiscordServer.Text(await Discord.WaitForReplyAsync(inDm)).ShouldContain("No servers you may see");
    }

    [Fact]
    public async Task RevokeTakesEffectAtOnce()
    {
        const ulong Carol = 5003;
        await AdminSaysAsync($"$permissions grant <@{Carol}> status *");
        var before = await Discord.SayAsync(Carol, "$status");
        FakeDiscordServer.Text(await Discord.WaitForReplyAsync(before)).ShouldContain("**alpha**");

        var revoked = await AdminSaysAsync($"$permissions revoke <@{Carol}> status *");
        var after = await Discord.SayAsync(Carol, "$status");

        revoked.ShouldContain("Revoked `status` on every server");
        FakeDiscordServer.Text(await Discord.WaitForReplyAsync(after)).ShouldContain("No servers you may see");
    }

    [Fact]
    public async Task SaysSo_WhenRevokingWhatWasNotGranted_AndWhenGrantingTwice()
    {
        var revoke = await AdminSaysAsync($"$permissions revoke <@{Bob}> kill alpha");
        await AdminSaysAsync($"$permissions grant <@{Bob}> logs alpha");
        var again = await AdminSaysAsync($"$permissions grant <@{Bob}> logs alpha");
        var future = await AdminSaysAsync($"$permissions grant <@{Bob}> logs gamma");

        revoke.ShouldContain("had no `kill` on `alpha`");
        again.ShouldContain("already had `logs` on `alpha`");
        future.ShouldContain("No server matches `gamma` right now");
    }

    [Fact]
    public async Task DeniesNonAdmins()
    {
        var dms = DirectMessagesTo(Alice).Count;
        var asked = await Discord.SayAsync(Alice, $"$permissions grant <@{Alice}> all *");

        var answer = await DirectMessageToAsync(Alice, after: dms);

        FakeDiscordServer.Text(answer).ShouldContain("Only admins may use this command.");
        await using (var scope = Bot.App.Services.CreateAsyncScope())
        {
            var recent = await scope.ServiceProvider.GetRequiredService<IAuditLog>().RecentAsync(null, 20, CancellationToken.None);
            recent.ShouldContain(e => e.Command == "permissions grant" && e.ActorId == Alice && e.Outcome == AuditOutcome.Denied);
        }

        var restart = await Discord.SayAsync(Alice, "$restart alpha");
        FakeDiscordServer.Text(await Discord.WaitForReplyAsync(restart)).ShouldContain("No server named `alpha`.");
        await WaitUntilDeletedAsync(asked);
    }

    [Fact]
    public async Task CountsDownWithReactionsAndDeletesTheRequest()
    {
        var dms = DirectMessagesTo(TestApp.AdminId).Count;
        var asked = await Discord.SayAsync(TestApp.AdminId, "$permissions list");

        await WaitUntilDeletedAsync(asked);

        Discord.Rest.Requests.ShouldContain(r => r.Method == "PUT" && r.Path.Contains($"/messages/{asked}/reactions/", StringComparison.Ordinal));
        FakeDiscordServer.Text(await DirectMessageToAsync(TestApp.AdminId, after: dms)).ShouldContain("Admins");
    }

    [Fact]
    public async Task AnswersInTheChannel_WhenDirectMessagesAreClosed()
    {
        Discord.Rest.CloseDirectMessages(TestApp.AdminId);

        var reply = await Discord.AskAsync(TestApp.AdminId, "$admins list");

        reply.ShouldContain($"<@{TestApp.AdminId}> (configured)");
    }

    [Fact]
    public async Task KeepsConfiguredAdmins_WhenAskedToRemoveThem()
    {
        var answer = await AdminSaysAsync($"$admins remove <@{TestApp.AdminId}>");

        answer.ShouldContain("is an admin by configuration");
    }

    [Fact]
    public async Task AddedAdminsMayManagePermissions()
    {
        await AdminSaysAsync($"$admins add <@{Bob}>");
        var dms = DirectMessagesTo(Bob).Count;

        await Discord.SayAsync(Bob, $"$permissions grant <@{Alice}> stop beta");

        FakeDiscordServer.Text(await DirectMessageToAsync(Bob, after: dms)).ShouldContain($"Granted `stop` on `beta` to <@{Alice}>.");
    }

    [Fact]
    public async Task WarnsOnce_WhenTheBotMayNotDeleteMessages()
    {
        // A bot of its own: the refused deletes are scripted for the next DELETEs, which a countdown of an earlier
        // test on the shared bot could take, and the warning is once per bot and channel.
        await using var bot = await Fixture.StartAnotherAsync();
        var discord = bot.Discord;
        discord.Rest.Enqueue("DELETE", "channels/{channel_id}/messages/{message_id}", FakeResponse.Error(403, 50013, "Missing Permissions"), times: 2);

        var first = await discord.SayAsync(TestApp.AdminId, "$admins list");
        await Eventually.HoldsAsync(() => DirectMessagesTo(discord, TestApp.AdminId).Count > 0, $"a DM to {TestApp.AdminId}");
        await Eventually.HoldsAsync(() => discord.Rest.RequestsTo("DELETE", "channels/{channel_id}/messages/{message_id}").Count >= 1, "the bot tries to delete");
        var second = await discord.SayAsync(TestApp.AdminId, "$admins list");
        await Eventually.HoldsAsync(() => discord.Rest.RequestsTo("DELETE", "channels/{channel_id}/messages/{message_id}").Count >= 2, "the bot tries again");

        bot.Logs.Entries.Count(e => e.Message.Contains("Manage Messages", StringComparison.Ordinal)).ShouldBe(1);
        discord.Rest.GetMessage(first)!.IsDeleted.ShouldBeFalse();
        discord.Rest.GetMessage(second)!.IsDeleted.ShouldBeFalse();
    }

    [Fact]
    public async Task DeletesAtOnce_WhenAnAdminReactsWithTheBin()
    {
        // A bot of its own with a countdown long enough to react during it.
        await using var slow = await Fixture.StartAnotherAsync(settings => settings["Bot:SensitiveDeleteSeconds"] = "10");
        var asked = await slow.Discord.SayAsync(TestApp.AdminId, "$admins list");
        await Eventually.HoldsAsync(() => slow.Discord.Rest.GetMessage(asked)!.Reactions.Count > 0, "the countdown starts");

        await slow.Discord.ReactAsync(TestApp.AdminId, asked, "🗑️");

        await Eventually.HoldsAsync(() => slow.Discord.Rest.GetMessage(asked)!.IsDeleted, "the request is deleted", TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task AnswersEphemerally_ForTheSlashCommand()
    {
        var token = await Discord.SlashAsync(TestApp.AdminId, "permissions", new { subject = Alice.ToString(System.Globalization.CultureInfo.InvariantCulture), permission = "status", server = "beta" }, subcommand: "grant");

        var answer = await Discord.WaitForAnswerAsync(token);

        ((int)answer.Callbacks[0]["data"]!["flags"]! & 64).ShouldBe(64);
        FakeDiscordServer.Text(answer.Callbacks[0]).ShouldContain($"Granted `status` on `beta` to <@{Alice}>.");
    }

    private async Task<string> AdminSaysAsync(string content)
    {
        var before = DirectMessagesTo(TestApp.AdminId).Count;
        await Discord.SayAsync(TestApp.AdminId, content);
        await Eventually.HoldsAsync(() => DirectMessagesTo(TestApp.AdminId).Count > before, $"the bot answers '{content}' by DM");
        return FakeDiscordServer.Text(DirectMessagesTo(TestApp.AdminId)[^1]);
    }

    /// <summary>The newest DM to the user once there are more than <paramref name="after"/> (what earlier tests of the shared bot sent stays).</summary>
    private async Task<FakeMessage> DirectMessageToAsync(ulong userId, int after)
    {
        await Eventually.HoldsAsync(() => DirectMessagesTo(userId).Count > after, $"a new DM to {userId}");
        return DirectMessagesTo(userId)[^1];
    }

    private List<FakeMessage> DirectMessagesTo(ulong userId) => DirectMessagesTo(Discord, userId);

    private static List<FakeMessage> DirectMessagesTo(FakeDiscordServer discord, ulong userId) =>
        discord.Rest.DmChannelOf(userId) is { } channel ? [.. discord.Rest.MessagesIn(channel)] : [];

    private Task WaitUntilDeletedAsync(ulong messageId) =>
        Eventually.HoldsAsync(() => Discord.Rest.GetMessage(messageId)?.IsDeleted == true, "the request is deleted");

    /// <summary>Servers alpha and beta, and sensitive requests deleted after 1 s.</summary>
    public sealed class Setup : BotFixture
    {
        public string Alpha { get; private set; } = "";

        protected override async Task BeforeStartAsync()
        {
            Alpha = await Sandbox.CreateServerAsync("alpha");
            await Sandbox.CreateServerAsync("beta");
        }

        protected override void Configure(Dictionary<string, string?> settings) => settings["Bot:SensitiveDeleteSeconds"] = "1";
    }
}
