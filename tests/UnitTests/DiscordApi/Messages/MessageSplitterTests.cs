using System.Text;
using DiscordApi.Messages;

namespace ServerStatus.UnitTests.DiscordApi.Messages;

public sealed class MessageSplitterTests
{
    [Fact]
    public void ReturnsOneChunk_WhenTextFits()
    {
        var chunks = MessageSplitter.SplitContent("a\nb");

        chunks.ShouldBe(["a\nb"]);
    }

    [Fact]
    public void SplitsAtLineBoundary_WhenTextIs2001()
    {
        var text = new string('a', 1000) + "\n" + new string('b', 1000);

        var chunks = MessageSplitter.SplitContent(text);

        text.Length.ShouldBe(2001);
        chunks.ShouldBe([new string('a', 1000), new string('b', 1000)]);
    }

    [Fact]
    public void KeepsEveryLineWhole_WhenManyLines()
    {
        var lines = Enumerable.Range(0, 500).Select(i => $"line {i:D4} of the log").ToArray();

        var chunks = MessageSplitter.SplitContent(string.Join('\n', lines));

        chunks.Count.ShouldBeGreaterThan(1);
        chunks.ShouldAllBe(c => c.Length <= DiscordLimits.ContentLength);
        chunks.SelectMany(c => c.Split('\n')).ShouldBe(lines);
    }

    [Fact]
    public void CutsHard_WhenOneLineIsLongerThanLimit()
    {
        var chunks = MessageSplitter.SplitContent(new string('x', 4500));

        chunks.Select(c => c.Length).ShouldBe([2000, 2000, 500]);
    }

    [Fact]
    public void NeverSplitsSurrogatePair_WhenCutFallsInsideEmoji()
    {
        var text = new string('x', 1999) + "👍" + "tail";

        var chunks = MessageSplitter.SplitContent(text);

        chunks[0].Length.ShouldBe(1999);
        chunks[1].ShouldStartWith("👍");
    }

    [Fact]
    public void MakesCodeBlock_WhenCodeFits()
    {
        var message = MessageSplitter.CodeBlockOrFile("echo hi", "out.txt", "sh");

        message.Content.ShouldBe("```sh\necho hi\n```");
        message.Attachments.ShouldBeEmpty();
    }

    [Fact]
    public void AttachesFile_WhenCodeBlockIsTooLong()
    {
        var code = string.Join('\n', Enumerable.Range(0, 300).Select(i => $"log line {i}"));

        var message = MessageSplitter.CodeBlockOrFile(code, "logs.txt", "", "Last logs of mc");

        message.Content!.Length.ShouldBeLessThanOrEqualTo(DiscordLimits.ContentLength);
        message.Content.ShouldContain("logs.txt");
        message.Attachments.Count.ShouldBe(1);
        message.Attachments[0].FileName.ShouldBe("logs.txt");
        Encoding.UTF8.GetString(message.Attachments[0].Content.Span).ShouldBe(code);
        Should.NotThrow(() => MessageValidator.Validate(message));
    }

    [Fact]
    public void AttachesFile_WhenCodeContainsFence()
    {
        var message = MessageSplitter.CodeBlockOrFile("a ``` b", "x.txt");

        message.Attachments.Count.ShouldBe(1);
    }
}
