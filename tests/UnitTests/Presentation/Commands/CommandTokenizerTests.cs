using ServerStatus.Presentation.Discord.Commands;

namespace ServerStatus.UnitTests.Presentation.Commands;

public sealed class CommandTokenizerTests
{
    [Theory]
    [InlineData("restart mc web", new[] { "restart", "mc", "web" })]
    [InlineData("  spaced   out  ", new[] { "spaced", "out" })]
    [InlineData("say \"hello world\" now", new[] { "say", "hello world", "now" })]
    [InlineData("say 'single \"quoted\"'", new[] { "say", "single \"quoted\"" })]
    [InlineData("say \"escaped \\\" quote\"", new[] { "say", "escaped \" quote" })]
    [InlineData("path\\ with\\ spaces", new[] { "path with spaces" })]
    [InlineData("say “smart quotes”", new[] { "say", "smart quotes" })]
    [InlineData("empty \"\" word", new[] { "empty", "", "word" })]
    [InlineData("", new string[0])]
    public void SplitsLikeAShell(string text, string[] expected)
    {
        CommandTokenizer.Split(text).Value.ShouldBe(expected);
    }

    [Fact]
    public void Refuses_WhenAQuoteIsNotClosed()
    {
        var result = CommandTokenizer.Split("say \"oops");

        result.IsSuccess.ShouldBeFalse();
        result.Errors[0].Message.ShouldBe("A quote (\") is not closed.");
    }
}
