using ServerStatus.Application.Graphs;
using ServerStatus.Presentation.Discord.Commands;
using ServerStatus.Presentation.Discord.Commands.Graphs;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.UnitTests.Presentation.Commands;

/// <summary>How <c>graph</c> reads its words, and how its answer looks.</summary>
public sealed class GraphCommandTests
{
    [Theory]
    [InlineData("graph mc", new[] { "mc" }, "24h")]
    [InlineData("graph mc 7d", new[] { "mc" }, "7d")]
    [InlineData("graph mc web 6H", new[] { "mc", "web" }, "6h")]
    [InlineData("history eu1/mc 30d", new[] { "eu1/mc" }, "30d")]
    [InlineData("graph 24h", new[] { "24h" }, "24h")]
    public void ReadsServersAndRange(string typed, string[] names, string range)
    {
        var message = Prepare(typed).Run.ShouldNotBeNull().Message.ShouldBeOfType<GetResourceGraph>();

        message.Names.ShouldBe(names);
        message.Range.Label.ShouldBe(range);
    }

    [Fact]
    public void AsksForTheChartInTheInteractionsLanguage_WhenItHasOne()
    {
        var command = new GraphCommand();

        var slash = command.Parse(CommandArguments.FromTokens(["mc", "7d"]) with { Locale = "de" });
        var prefix = command.Parse(CommandArguments.FromTokens(["mc"]));

        slash.Value.Culture.ShouldBe("de");
        prefix.Value.Culture.ShouldBeNull();
    }

    [Theory]
    [InlineData("graph", "Name at least one server.")]
    [InlineData("graph mc 3h", "`3h` is not a range: say 1h, 6h, 24h, 7d, 30d.")]
    public void SaysWhatIsWrong_WithUnreadableWords(string typed, string problem) =>
        Prepare(typed).Problem.ShouldBe(problem);

    [Fact]
    public void AttachesThePng_WhenThereIsAChart()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G'];

        var reply = GraphReplies.Chart(new GraphReport(["mc", "web"], GraphRange.Week, png, ["web"], 3)).Messages.Single();

        var file = reply.Attachments.Single();
        file.FileName.ShouldBe("graph-mc-web-7d.png");
        file.Content.ToArray().ShouldBe(png);
        reply.Content.ShouldBe("📈 **mc**, **web**, last 7d (UTC). No history in this range for **web**.");
    }

    [Fact]
    public void AnswersInText_WhenThereIsNothingToDraw()
    {
        var reply = GraphReplies.Chart(new GraphReport(["mc"], GraphRange.Day, ReadOnlyMemory<byte>.Empty, ["mc"], 0)).Messages.Single();

        reply.Attachments.ShouldBeEmpty();
        reply.Content.ShouldNotBeNull().ShouldStartWith("📈 No resource history for **mc** in the last 24h.");
    }

    private static PreparedCommand Prepare(string typed)
    {
        var words = CommandTokenizer.Split(typed).Value;
        return CommandCatalog.Default.Find(words[0]).ShouldNotBeNull().Prepare(CommandArguments.FromTokens(words.Skip(1)));
    }
}
