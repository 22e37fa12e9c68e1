using ServerStatus.Domain.Permissions;

namespace ServerStatus.IntegrationTests.Host;

/// <summary><c>Bot:Cooldowns</c> through the whole bot: per user and server, admins exempt, confirmations counted once.</summary>
public sealed class CooldownCommandTests(CooldownCommandTests.Setup fixture) : BotTests<CooldownCommandTests.Setup>(fixture)
{
    private const ulong Player = 41_001;

    [Fact]
    public async Task RefusesAPlayersSecondRestartWithinTheCooldown_SayingWhen_ButNotAnAdmins()
    {
        await Sandbox.CreateServerAsync("cooled");
        await Bot.GrantAsync(Subject.User(Player), Permission.Restart, "cooled");

        var first = await Discord.AskAsync(Player, "$restart cooled");
        var second = await Discord.AskAsync(Player, "$restart cooled");
        var admin = await Discord.AskAsync(TestApp.AdminId, "$restart cooled");

        first.ShouldContain("restarted");
        second.ShouldContain("You ran `restart` on `cooled` less than 60 s ago: you may again in");
        admin.ShouldContain("restarted");
    }

    [Fact]
    public async Task StartsTheCooldownWhenTheConfirmedCommandRuns_NotWhenItAsks_AndRunsADoublePressOnce()
    {
        var id = await Sandbox.CreateServerAsync("twice");
        await Bot.GrantAsync(Subject.User(Player), Permission.Kill, "twice");
        var prompt = await Discord.WaitForReplyAsync(await Discord.SayAsync(Player, "$kill twice"));
        FakeDiscordServer.Text(prompt).ShouldContain("Please confirm");

        var presses = await Task.WhenAll(
            Discord.ClickAsync(Player, prompt.Id, FakeDiscordServer.Button(prompt, "confirm")),
            Discord.ClickAsync(Player, prompt.Id, FakeDiscordServer.Button(prompt, "confirm")));
        var answers = await Task.WhenAll(presses.Select(token => Discord.WaitForAnswerAsync(token)));

        answers.Select(a => a.ResponseType).ShouldContain(6); // the repeat is only acknowledged
        answers.Count(a => a.ResponseType == 6).ShouldBe(1);
        (await Sandbox.WaitForStateAsync(id, "exited")).ExitCode.ShouldBe(137);
        (await Discord.AskAsync(Player, "$kill twice")).ShouldContain("You ran `kill` on `twice` less than 60 s ago");
    }

    public sealed class Setup : BotFixture
    {
        protected override void Configure(Dictionary<string, string?> settings)
        {
            settings["Bot:Cooldowns:restart"] = "60";
            settings["Bot:Cooldowns:kill"] = "60";
        }
    }
}
