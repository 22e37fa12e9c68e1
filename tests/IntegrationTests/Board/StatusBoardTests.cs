using System.Globalization;
using Docker.DotNet.Models;
using ServerStatus.IntegrationTests.FakeDiscord.Rest;

namespace ServerStatus.IntegrationTests.Board;

/// <summary>
/// Status boards end to end: <c>board create</c> through the fake Discord posts a board of real containers, which the bot
/// edits when a container is stopped outside it and posts again when someone deleted it.
/// </summary>
public sealed class StatusBoardTests(StatusBoardTests.Setup fixture) : BotTests<StatusBoardTests.Setup>(fixture)
{
    private const ulong ShowChannel = 850_000_000_000_000_001;
    private const ulong EditChannel = 850_000_000_000_000_002;
    private const ulong RepostChannel = 850_000_000_000_000_003;

    // Generous: in a full parallel run a board once took over 40 s to follow an event; the log then says why.
    private static readonly TimeSpan EventPatience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task PostsABoardOfTheNamedServers_WhenAnAdminCreatesOne()
    {
        await Sandbox.CreateServerAsync("alpha");
        await Sandbox.CreateServerAsync("beta");
        await Sandbox.CreateServerAsync("gamma");

        var reply = await Discord.AskAsync(TestApp.AdminId, Invariant($"$board create <#{ShowChannel}> alpha beta"));

        reply.ShouldContain("Status board #");
        var board = await BoardAsync(ShowChannel, "2 running");
        var text = FakeDiscordServer.Text(board);
        text.ShouldContain("**alpha**");
        text.ShouldContain("**beta**");
        text.ShouldNotContain("gamma");
        text.ShouldContain("<t:");
        (await Discord.AskAsync(TestApp.AdminId, "$board list")).ShouldContain(Invariant($"<#{ShowChannel}>"));
    }

    [Fact]
    public async Task EditsTheBoard_WhenAContainerIsStoppedOutsideTheBot()
    {
        var id = await Sandbox.CreateServerAsync("lamp");
        await Discord.AskAsync(TestApp.AdminId, Invariant($"$board create <#{EditChannel}> lamp"));
        var board = await BoardAsync(EditChannel, "🟢 1 running");

        await Sandbox.Primary.Containers.KillContainerAsync(id, new ContainerKillParameters { Signal = "KILL" });

        await Eventually.HoldsAsync(() => FakeDiscordServer.Text(Discord.Rest.GetMessage(board.Id).ShouldNotBeNull()).Contains("🔴 1 stopped", StringComparison.Ordinal),
            "the board's message was edited to show the server stopped", EventPatience,
            seen: () => FakeDiscordServer.Text(Discord.Rest.GetMessage(board.Id).ShouldNotBeNull()) + BotTrouble());
        Shown(EditChannel).ShouldHaveSingleItem().Id.ShouldBe(board.Id);
    }

    [Fact]
    public async Task PostsTheBoardAgain_WhenSomeoneDeletedItsMessage()
    {
        var id = await Sandbox.CreateServerAsync("phoenix");
        await Discord.AskAsync(TestApp.AdminId, Invariant($"$board create <#{RepostChannel}> phoenix"));
        var board = await BoardAsync(RepostChannel, "🟢 1 running");

        board.IsDeleted = true;
        await Sandbox.Primary.Containers.KillContainerAsync(id, new ContainerKillParameters { Signal = "KILL" });

        var again = await BoardAsync(RepostChannel, "🔴 1 stopped");
        again.Id.ShouldNotBe(board.Id);
        Shown(RepostChannel).ShouldHaveSingleItem();
    }

    private async Task<FakeMessage> BoardAsync(ulong channel, string showing) =>
        await Eventually.ValueAsync(
            () => Shown(channel).FirstOrDefault(m => FakeDiscordServer.Text(m).Contains(showing, StringComparison.Ordinal)),
            $"a status board showing \"{showing}\" in its channel",
            EventPatience,
            seen: () => string.Join(" | ", Discord.Rest.MessagesIn(channel).Select(FakeDiscordServer.Text)) + BotTrouble());

    // What the bot warned about, and when it handled container events: what a board that did not follow needs explained.
    private string BotTrouble() =>
        "\nBot log: " + string.Join("\n", Fixture.Logs.Entries
            .Where(e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Warning || e.Message.Contains("ObserveContainerEvent", StringComparison.Ordinal)
                || e.Message.Contains("Board", StringComparison.Ordinal) || e.Category.Contains("Board", StringComparison.Ordinal) || e.Category.Contains("Rest", StringComparison.Ordinal))
            .TakeLast(60)
            .Select(e => $"{e.Level} {e.Category}: {e.Message}"));

    private List<FakeMessage> Shown(ulong channel) => [.. Discord.Rest.MessagesIn(channel).Where(m => !m.IsDeleted)];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public sealed class Setup : BotFixture
    {
        protected override void Configure(Dictionary<string, string?> settings)
        {
            settings["Board:MinEditSeconds"] = "1";
            settings["Board:RefreshSeconds"] = "3600"; // only events may bring the boards up to date within a test
        }
    }
}
