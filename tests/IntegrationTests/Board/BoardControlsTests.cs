using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Domain.Audit;
using ServerStatus.Domain.Permissions;
using ServerStatus.IntegrationTests.FakeDiscord.Rest;

namespace ServerStatus.IntegrationTests.Board;

/// <summary>
/// The controls under a status board, end to end through the fake Discord: a menu of the board's servers that answers
/// the picker privately with the typed <c>status</c> card (or its "not found"), and a Refresh button limited per user.
/// Boards here are rendered again only on container events and on Refresh (<c>Board:RefreshSeconds</c> is an hour),
/// and pausing a container sends no event the bot watches, so only Refresh can show it paused.
/// </summary>
public sealed class BoardControlsTests(BoardControlsTests.Setup fixture) : BotTests<BoardControlsTests.Setup>(fixture)
{
    private const ulong MenuChannel = 851_000_000_000_000_001;
    private const ulong RefreshChannel = 851_000_000_000_000_002;
    private const ulong CardChannel = 851_000_000_000_000_003;
    private const ulong HiddenChannel = 851_000_000_000_000_004;
    private const ulong Clicker = 41_001;
    private const ulong Outsider = 41_002;

    [Fact]
    public async Task PutsAMenuOfItsServersAndARefreshButtonUnderTheBoard_WithinDiscordsSpec()
    {
        await Sandbox.CreateServerAsync("ash");
        await Sandbox.CreateServerAsync("birch");

        await Discord.AskAsync(TestApp.AdminId, Invariant($"$board create <#{MenuChannel}> ash birch"));

        var board = await BoardAsync(MenuChannel, "2 running");
        var rows = board.Components.Select(r => r!["components"]!.AsArray()).ToList();
        rows.Count.ShouldBe(2);
        var select = rows[0].ShouldHaveSingleItem()!;
        ((int?)select["type"]).ShouldBe(3);
        select["options"]!.AsArray().Select(o => (string?)o!["label"]).ShouldBe(["ash", "birch"]);
        select["options"]!.AsArray().ShouldAllBe(o => ((string?)o!["value"])!.EndsWith("/" + (string?)o["label"], StringComparison.Ordinal));
        var refresh = rows[1].ShouldHaveSingleItem()!;
        ((string?)refresh["label"]).ShouldBe("Refresh");
        ((string?)refresh["custom_id"]).ShouldStartWith("board:refresh:");
        var posts = Discord.Rest.RequestsTo("POST", "channels/{channel_id}/messages").Where(r => r.RouteValues["channel_id"] == Invariant($"{MenuChannel}")).ToList();
        posts.ShouldNotBeEmpty();
        await SpecCheck.RunAsync(Discord.Rest, posts);
    }

    [Fact]
    public async Task RefreshesTheBoardNow_AndRefusesASecondPressWithinTheCooldown()
    {
        var id = await Sandbox.CreateServerAsync("pine");
        await Discord.AskAsync(TestApp.AdminId, Invariant($"$board create <#{RefreshChannel}> pine"));
        var board = await BoardAsync(RefreshChannel, "🟢 1 running");
        await Sandbox.Primary.Containers.PauseContainerAsync(id);
        try
        {
            var click = await Discord.ClickAsync(Clicker, board.Id, FakeDiscordServer.Button(board, "board:refresh"));

            (await Discord.WaitForAnswerAsync(click)).ResponseType.ShouldBe(6);
            await Eventually.HoldsAsync(() => FakeDiscordServer.Text(board).Contains("🟢 0 running", StringComparison.Ordinal),
                "the board was rendered again and shows the paused server", TimeSpan.FromSeconds(40), seen: () => FakeDiscordServer.Text(board));
            FakeDiscordServer.Text(board).ShouldContain("⏸️ **pine**");

            // A press within a few seconds of the last is taken for a repeat of it and only acknowledged (ButtonPresses): press until one is answered.
            var refusal = await Eventually.ValueAsync(
                async () => await Discord.WaitForAnswerAsync(await Discord.ClickAsync(Clicker, board.Id, FakeDiscordServer.Button(board, "board:refresh"))),
                answer => answer.ResponseType != 6,
                "a second press past the repeat guard is answered",
                TimeSpan.FromSeconds(30));
            refusal.ResponseType.ShouldBe(4);
            ((int)refusal.Callbacks[0]["data"]!["flags"]! & 64).ShouldBe(64);
            FakeDiscordServer.Text(refusal.Callbacks[0]).ShouldMatch(@"You can refresh this board again <t:\d+:R>\.");
        }
        finally
        {
            await Sandbox.Primary.Containers.UnpauseContainerAsync(id);
        }
    }

    [Fact]
    public async Task AnswersThePickerPrivatelyWithTheServersCard_AsTheTypedStatusDoes()
    {
        await Sandbox.CreateServerAsync("cedar");
        await Discord.AskAsync(TestApp.AdminId, Invariant($"$board create <#{CardChannel}> cedar"));
        var board = await BoardAsync(CardChannel, "1 running");
        var value = OptionValue(board, "cedar");

        var pick = await Discord.SelectAsync(TestApp.AdminId, board.Id, FakeDiscordServer.Select(board, value), value);

        var answer = await Discord.WaitForAnswerAsync(pick);
        ((int)answer.Callbacks[0]["data"]!["flags"]! & 64).ShouldBe(64);
        var card = Answered(answer);
        card.ShouldContain("cedar");
        card.ShouldContain("Image");
    }

    [Fact]
    public async Task AnswersNotFound_ToAPickerWithoutStatusOnThatServer()
    {
        await Sandbox.CreateServerAsync("hazel");
        await Sandbox.CreateServerAsync("larch");
        await Bot.GrantAsync(Subject.User(Outsider), Permission.Status, "larch");
        await Discord.AskAsync(TestApp.AdminId, Invariant($"$board create <#{HiddenChannel}> hazel larch"));
        var board = await BoardAsync(HiddenChannel, "2 running");
        var value = OptionValue(board, "hazel");

        var pick = await Discord.SelectAsync(Outsider, board.Id, FakeDiscordServer.Select(board, value), value);

        var answer = await Discord.WaitForAnswerAsync(pick);
        ((int)answer.Callbacks[0]["data"]!["flags"]! & 64).ShouldBe(64);
        var picked = (await Eventually.ValueAsync(() => AuditRowsOfAsync(Outsider), rows => rows.Count == 1, "the pick is audited")).Single();
        var typed = await Discord.AskAsync(Outsider, "$status " + value);
        typed.ShouldContain("not found");
        Answered(answer).Trim().ShouldBe(typed.Trim());
        var both = await Eventually.ValueAsync(() => AuditRowsOfAsync(Outsider), rows => rows.Count == 2, "the typed command is audited too");
        both.ShouldAllBe(r => r.Command == picked.Command && r.Arguments == picked.Arguments && r.Outcome == picked.Outcome);
        picked.Command.ShouldBe("status");
    }

    private async Task<IReadOnlyList<AuditEntry>> AuditRowsOfAsync(ulong user)
    {
        await using var scope = Bot.App.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<IAuditLog>().RecentAsync(null, 100, CancellationToken.None);
        return [.. rows.Where(r => r.ActorId == user)];
    }

    private static string OptionValue(FakeMessage board, string label) =>
        board.Components.SelectMany(r => r!["components"]!.AsArray()).Where(c => (int?)c!["type"] == 3)
            .SelectMany(s => s!["options"]!.AsArray()).Where(o => (string?)o!["label"] == label)
            .Select(o => (string?)o!["value"]).FirstOrDefault() ?? throw new InvalidOperationException($"No option {label} under {board}.");

    // A reply sent at once, or deferred and then written into the original response.
    private static string Answered(FakeInteraction answer) =>
        answer.Original is { } original ? FakeDiscordServer.Text(original) : FakeDiscordServer.Text(answer.Callbacks[0]["data"]);

    private async Task<FakeMessage> BoardAsync(ulong channel, string showing) =>
        await Eventually.ValueAsync(
            () => Discord.Rest.MessagesIn(channel).FirstOrDefault(m => !m.IsDeleted && FakeDiscordServer.Text(m).Contains(showing, StringComparison.Ordinal)),
            $"a status board showing \"{showing}\" in its channel",
            TimeSpan.FromSeconds(40),
            seen: () => string.Join(" | ", Discord.Rest.MessagesIn(channel).Select(FakeDiscordServer.Text)));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public sealed class Setup : BotFixture
    {
        protected override void Configure(Dictionary<string, string?> settings)
        {
            settings["Board:MinEditSeconds"] = "1";
            settings["Board:RefreshSeconds"] = "3600";
            settings["Board:RefreshCooldownSeconds"] = "600";
        }
    }
}
