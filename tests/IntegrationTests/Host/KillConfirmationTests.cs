using Microsoft.Extensions.DependencyInjection;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Domain.Audit;
using ServerStatus.Domain.Permissions;
using ServerStatus.IntegrationTests.FakeDiscord.Rest;

namespace ServerStatus.IntegrationTests.Host;

/// <summary>kill asks first: Confirm/Cancel buttons that only the requester can press, expiring after a while.</summary>
public sealed class KillConfirmationTests(KillConfirmationTests.Setup fixture) : BotTests<KillConfirmationTests.Setup>(fixture)
{
    private const ulong Stranger = 31337;

    [Fact]
    public async Task KillsOnlyAfterTheRequesterConfirms()
    {
        var id = await Sandbox.CreateServerAsync("victim", command: "trap '' TERM; while true; do sleep 1; done");
        var prompt = await AskAsync("$kill victim");
        (await Sandbox.StateAsync(id)).Running.ShouldBeTrue();

        var token = await Discord.ClickAsync(TestApp.AdminId, prompt.Id, FakeDiscordServer.Button(prompt, "confirm"));

        await Discord.WaitForAnswerAsync(token, i => i.Original?.Edits.Count >= 2);
        FakeDiscordServer.Text(prompt).ShouldContain("✅ **victim** — killed");
        prompt.Components.ShouldBeEmpty();
        (await Sandbox.WaitForStateAsync(id, "exited")).ExitCode.ShouldBe(137);
    }

    [Fact]
    public async Task RefusesAnotherUsersClick()
    {
        var id = await Sandbox.CreateServerAsync("guarded");
        var prompt = await AskAsync("$kill guarded");

        var token = await Discord.ClickAsync(Stranger, prompt.Id, FakeDiscordServer.Button(prompt, "confirm"));

        var answer = await Discord.WaitForAnswerAsync(token);
        answer.ResponseType.ShouldBe(4);
        ((int)answer.Callbacks[0]["data"]!["flags"]! & 64).ShouldBe(64); // only the clicker sees the refusal
        FakeDiscordServer.Text(answer.Callbacks[0]).ShouldContain($"Only <@{TestApp.AdminId}> can answer this.");
        (await Sandbox.StateAsync(id)).Running.ShouldBeTrue();
        prompt.Components.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task DoesNothing_WhenCancelled()
    {
        var id = await Sandbox.CreateServerAsync("spared");
        var prompt = await AskAsync("$kill spared");

        var token = await Discord.ClickAsync(TestApp.AdminId, prompt.Id, FakeDiscordServer.Button(prompt, "cancel"));

        await Discord.WaitForAnswerAsync(token);
        FakeDiscordServer.Text(prompt).ShouldContain("Cancelled");
        prompt.Components.ShouldBeEmpty();
        (await Sandbox.StateAsync(id)).Running.ShouldBeTrue();
    }

    [Fact]
    public async Task SaysItExpired_WhenNobodyAnswers()
    {
        var id = await Sandbox.CreateServerAsync("forgotten");
        var prompt = await AskAsync("$kill forgotten");
        var confirmId = FakeDiscordServer.Button(prompt, "confirm");

        await Eventually.HoldsAsync(() => prompt.Edits.Count > 0, "the prompt expires");

        FakeDiscordServer.Text(prompt).ShouldContain("Confirmation expired");
        prompt.Components.ShouldBeEmpty();
        var late = await Discord.ClickAsync(TestApp.AdminId, prompt.Id, confirmId);
        FakeDiscordServer.Text((await Discord.WaitForAnswerAsync(late)).Callbacks[0]).ShouldContain("already answered or has expired");
        (await Sandbox.StateAsync(id)).Running.ShouldBeTrue();
    }

    [Fact]
    public async Task KillsAtOnce_WithYes()
    {
        var id = await Sandbox.CreateServerAsync("doomed");

        var reply = await Discord.AskAsync(TestApp.AdminId, "$kill doomed --yes");

        reply.ShouldContain("killed");
        (await Sandbox.WaitForStateAsync(id, "exited")).ExitCode.ShouldBe(137);
    }

    [Fact]
    public async Task AsksForConfirmation_ForTheSlashCommandToo()
    {
        var id = await Sandbox.CreateServerAsync("slashed");
        var token = await Discord.SlashAsync(TestApp.AdminId, "kill", new { servers = "slashed" });
        var original = (await Discord.WaitForAnswerAsync(token)).Original!;
        (await Sandbox.StateAsync(id)).Running.ShouldBeTrue();

        var click = await Discord.ClickAsync(TestApp.AdminId, original.Id, FakeDiscordServer.Button(original, "confirm"));

        await Discord.WaitForAnswerAsync(click, i => i.Original?.Edits.Count >= 2);
        (await Sandbox.WaitForStateAsync(id, "exited")).ExitCode.ShouldBe(137);
    }

    [Fact]
    public async Task RefusesAtOnce_AUserWhoMaySeeTheServerButNotKillIt_AndAuditsItOnce()
    {
        const ulong Watcher = 31338;
        var id = await Sandbox.CreateServerAsync("watched");
        await Bot.GrantAsync(Subject.User(Watcher), Permission.Status, "watched");

        var reply = await Discord.AskAsync(Watcher, "$kill watched");

        reply.ShouldContain("You may see `watched` but lack the `kill` permission");
        reply.ShouldNotContain("Please confirm");
        (await Sandbox.StateAsync(id)).Running.ShouldBeTrue();
        (await AuditRowsOfAsync(Watcher)).ShouldHaveSingleItem().Outcome.ShouldBe(AuditOutcome.Denied);
    }

    [Fact]
    public async Task AnswersAHiddenServerLikeAMissingOne_WithoutAsking()
    {
        const ulong Outsider = 31339;
        await Sandbox.CreateServerAsync("hidden");

        var hidden = await Discord.AskAsync(Outsider, "$kill hidden");
        var missing = await Discord.AskAsync(Outsider, "$kill nosuch");

        hidden.ShouldContain("No server named `hidden`.");
        hidden.ShouldNotContain("Please confirm");
        hidden.Replace("hidden", "X", StringComparison.Ordinal).ShouldBe(missing.Replace("nosuch", "X", StringComparison.Ordinal));
        (await AuditRowsOfAsync(Outsider)).Select(r => r.Outcome).ShouldBe([AuditOutcome.Failed, AuditOutcome.Denied], ignoreOrder: true);
    }

    [Fact]
    public async Task AsksOnlyAboutTheServersThatWouldBeKilled()
    {
        await Sandbox.CreateServerAsync("real");

        var prompt = await AskAsync("$kill real nosuch");

        FakeDiscordServer.Text(prompt).ShouldContain("Kill **real**?");
        FakeDiscordServer.Text(prompt).ShouldNotContain("**nosuch**");
    }

    private async Task<IReadOnlyList<AuditEntry>> AuditRowsOfAsync(ulong user)
    {
        await using var scope = Bot.App.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<IAuditLog>().RecentAsync(null, 100, CancellationToken.None);
        return [.. rows.Where(r => r.ActorId == user)];
    }

    private async Task<FakeMessage> AskAsync(string content)
    {
        var asked = await Discord.SayAsync(TestApp.AdminId, content);
        var prompt = await Discord.WaitForReplyAsync(asked);
        FakeDiscordServer.Text(prompt).ShouldContain("Please confirm");
        return prompt;
    }

    /// <summary>Confirmations that expire after 2 s (a prompt a test leaves open expires during a later one, on its own message).</summary>
    public sealed class Setup : BotFixture
    {
        protected override void Configure(Dictionary<string, string?> settings) => settings["Bot:ConfirmationSeconds"] = "2";
    }
}
