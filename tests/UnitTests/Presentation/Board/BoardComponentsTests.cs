using System.Text.RegularExpressions;
using DiscordApi.Messages;
using ServerStatus.Domain.Servers;
using ServerStatus.Presentation.Discord.Board;

namespace ServerStatus.UnitTests.Presentation.Board;

/// <summary>The controls under each board message: menus of the servers that message shows, and a Refresh button.</summary>
public sealed partial class BoardComponentsTests
{
    [Fact]
    public void PutsAMenuOfTheServersAndARefreshButtonUnderASmallBoard()
    {
        var board = BoardSamples.Board();
        var content = BoardSamples.Content(board, 0) with
        {
            Overview = new([BoardSamples.Server("mc"), BoardSamples.Server("web", ServerState.Exited)], [], []),
        };

        var rows = BoardRenderer.Render(content, BoardSamples.At).ShouldHaveSingleItem().Components;

        rows.Count.ShouldBe(2);
        var select = rows[0].Select.ShouldNotBeNull();
        select.Options.Select(o => (o.Label, o.Value, o.Emoji)).ShouldBe([("mc", "local/mc", "🟢"), ("web", "local/web", "🔴")]);
        select.Placeholder.ShouldBe("Open a server's card…");
        BoardComponents.Read(select.CustomId).ShouldBe((false, board.Id));
        var refresh = rows[1].Buttons.ShouldHaveSingleItem();
        refresh.Label.ShouldBe("Refresh");
        BoardComponents.Read(refresh.CustomId.ShouldNotBeNull()).ShouldBe((true, board.Id));
    }

    [Fact]
    public void PutsOnlyTheRefreshButton_WhenTheBoardShowsNoServer()
    {
        var rows = BoardRenderer.Render(BoardSamples.Content(BoardSamples.Board(), 0), BoardSamples.At).ShouldHaveSingleItem().Components;

        rows.ShouldHaveSingleItem().Buttons.ShouldHaveSingleItem().Label.ShouldBe("Refresh");
    }

    [Fact]
    public void NamesTheEngineInLabels_WhenTheServersComeFromSeveralEngines()
    {
        var content = BoardSamples.Content(BoardSamples.Board(), 0) with
        {
            Overview = new([BoardSamples.Server("mc"), BoardSamples.Server("mc") with { Id = new ServerId("eu1", "mc-2", "mc") }], [], []),
        };

        var select = BoardRenderer.Render(content, BoardSamples.At)[0].Components[0].Select.ShouldNotBeNull();

        select.Options.Select(o => (o.Label, o.Value)).ShouldBe([("local/mc", "local/mc"), ("eu1/mc", "eu1/mc")]);
    }

    [Theory]
    [InlineData(26)]
    [InlineData(99)]
    [InlineData(120)]
    [InlineData(600)]
    public void OffersEachMessagesOwnServers_InMenusOfAtMost25WithinFiveRows(int servers)
    {
        var messages = BoardRenderer.Render(BoardSamples.Content(BoardSamples.Board(), servers), BoardSamples.At);

        foreach (var message in messages)
        {
            Should.NotThrow(() => MessageValidator.Validate(message));
            message.Components.Count.ShouldBeLessThanOrEqualTo(DiscordLimits.ActionRows);
            message.Components[^1].Buttons.ShouldHaveSingleItem().Label.ShouldBe("Refresh");
            var selects = message.Components.SkipLast(1).Select(r => r.Select.ShouldNotBeNull()).ToList();
            selects.ShouldAllBe(s => s.Options.Count <= DiscordLimits.SelectOptions);
            selects.Select(s => s.CustomId).ShouldBeUnique();
            var offered = selects.SelectMany(s => s.Options).Select(o => o.Value).ToList();
            var shown = message.Embeds.SelectMany(e => ShownName().Matches(e.Description ?? "")).Select(m => "local/" + m.Groups[1].Value).ToList();
            offered.ShouldBe(shown);
        }

        var all = messages.SelectMany(m => m.Components).Where(r => r.Select is not null).SelectMany(r => r.Select!.Options).Select(o => o.Value).ToList();
        all.ShouldBe(Enumerable.Range(0, servers).Select(i => $"local/server-{i:000}"));
    }

    [Fact]
    public void SplitsTheMenusOfAMessageByName_With25ServersEach()
    {
        var rows = BoardRenderer.Render(BoardSamples.Content(BoardSamples.Board(), 60), BoardSamples.At).ShouldHaveSingleItem().Components;

        rows.Count.ShouldBe(4);
        rows.Take(3).Select(r => r.Select!.Options.Count).ShouldBe([25, 25, 10]);
        rows[1].Select!.Placeholder.ShouldBe("Open a server's card (server-025 – server-049)");
    }

    [Fact]
    public void LeavesOutOfTheMenu_AServerWhoseQualifiedNameIsTooLongForAValue()
    {
        var content = BoardSamples.Content(BoardSamples.Board(), 0) with
        {
            Overview = new([BoardSamples.Server("mc"), BoardSamples.Server(new string('x', 100))], [], []),
        };

        var select = BoardRenderer.Render(content, BoardSamples.At)[0].Components[0].Select.ShouldNotBeNull();

        select.Options.ShouldHaveSingleItem().Value.ShouldBe("local/mc");
    }

    [Fact]
    public void GivesAnotherFingerprint_WhenOnlyTheMenuChanged()
    {
        var message = BoardRenderer.Render(BoardSamples.Content(BoardSamples.Board(), 3), BoardSamples.At)[0];
        var select = message.Components[0].Select!;
        var renamed = message with { Components = [ActionRow.Of(select with { Options = [.. select.Options.SkipLast(1), new SelectOption("other", "local/other")] }), message.Components[1]] };

        BoardRenderer.Fingerprint(renamed).ShouldNotBe(BoardRenderer.Fingerprint(message));
    }

    [Theory]
    [InlineData("board:refresh:12", true, 12L)]
    [InlineData("board:card:12:3", false, 12L)]
    public void ReadsItsOwnCustomIds(string customId, bool refresh, long board) =>
        BoardComponents.Read(customId).ShouldBe((refresh, board));

    [Theory]
    [InlineData("board:refresh:")]
    [InlineData("board:card:x:0")]
    [InlineData("board:refresh:-1")]
    [InlineData("incident:restart:1")]
    [InlineData("confirm:ab")]
    public void ReadsNothingFromOtherCustomIds(string customId) =>
        BoardComponents.Read(customId).ShouldBeNull();

    [GeneratedRegex(@"\*\*(server-\d{3})\*\*")]
    private static partial Regex ShownName();
}
