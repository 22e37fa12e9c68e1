using DiscordApi.Messages;
using ServerStatus.Application.Servers;
using ServerStatus.Presentation.Discord.Commands;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.UnitTests.Presentation.Replies;

public sealed class ConsoleRepliesTests
{
    [Theory]
    [InlineData("\u001b[31mred\u001b[0m text", "red text")]
    [InlineData("\u001b[1;32;40mbold\u001b[m", "bold")]
    [InlineData("\u001b]0;window title\u0007after", "after")]
    [InlineData("\u001b[2K\u001b[1Gprogress 50%", "progress 50%")]
    [InlineData("plain [brackets] stay", "plain [brackets] stay")]
    public void StripsTerminalEscapes(string text, string expected)
    {
        AnsiText.Strip(text).ShouldBe(expected);
    }

    [Fact]
    public void EchoesTheExecCommand_WithTheQuotesItWasTypedWith()
    {
        var report = new ExecReport("web", ["sh", "-c", "df -h | head", "say \"hi\""], new ExecOutcome(0, "ok", false, false), TimeSpan.FromSeconds(30));

        var caption = ConsoleReplies.Exec(report).Messages.ShouldHaveSingleItem().Content.ShouldNotBeNull();

        caption.ShouldContain("`sh -c \"df -h | head\" \"say \\\"hi\\\"\"` on **web** exited with code 0");
    }

    [Theory]
    [InlineData("ls -la /data")]
    [InlineData("sh -c \"df -h | head\"")]
    [InlineData("echo \"\" 'single' back\\slash \"a \\\"quoted\\\" word\"")]
    public void WritesWordsBack_SoThatTheyReadAsTheSameWords(string typed)
    {
        var words = CommandTokenizer.Split(typed).Value;

        CommandTokenizer.Split(ShellWords.Join(words)).Value.ShouldBe(words);
    }

    [Fact]
    public void ShowsShortLogsAsACodeBlock_WithoutEscapes()
    {
        var reply = ConsoleReplies.Logs(new LogsReport("mc", ["\u001b[33m[WARN]\u001b[0m lag", "ok"]));

        var message = reply.Messages.ShouldHaveSingleItem();
        message.Content.ShouldNotBeNull().ShouldContain("```\n[WARN] lag\nok\n```");
        message.Attachments.ShouldBeEmpty();
    }

    [Fact]
    public void AttachesLongOutputAsAFile()
    {
        var lines = Enumerable.Range(1, 500).Select(i => $"line {i} of a long log").ToList();

        var message = ConsoleReplies.Logs(new LogsReport("mc", lines)).Messages.ShouldHaveSingleItem();

        message.Attachments.ShouldHaveSingleItem().FileName.ShouldBe("mc-logs.txt");
        Should.NotThrow(() => MessageValidator.Validate(message));
    }

    [Fact]
    public void SaysWhenAnExecWasKilled()
    {
        var report = new ExecReport("mc", ["sleep", "100"], new ExecOutcome(null, "", TimedOut: true, Killed: true), TimeSpan.FromSeconds(30));

        ConsoleReplies.Exec(report).Messages[0].Content.ShouldBe("⏱️ `sleep 100` on **mc** did not finish within 30 s and was killed.\n(no output)");
    }

    [Fact]
    public void KeepsBackticksInUserTextFromBreakingTheFormatting()
    {
        var reply = ConsoleReplies.Sent(new ConsoleReport("mc", "say `hi`", []));

        reply.Messages[0].Content.ShouldNotBeNull().ShouldStartWith("📨 Sent to **mc**: `say ʼhiʼ`");
    }
}
