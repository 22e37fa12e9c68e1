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
            "the board's message was edited to show the server stopped", TimeSpan.FromSeconds(40),
            seen: () => FakeDiscordServer.Text(Discord.Rest.GetMessage(board.Id).ShouldNotBeNull()));
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
            TimeSpan.FromSeconds(40),
            seen: () => string.Join(" | ", Discord.Rest.MessagesIn(channel).Select(FakeDiscordServer.Text)));

    private List<FakeMessage> Shown(ulong channel) => [.. Discord.Rest.MessagesIn(channel).Where(m => !m.IsDeleted)];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public sealed class Setup : BotFixture
    {
        protected override void Configure(Dictionary<string, string?> settings) => settings["Board:MinEditSeconds"] = "1";
    }
}
