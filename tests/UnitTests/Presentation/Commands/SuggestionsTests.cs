using ServerStatus.Presentation.Discord.Commands;

namespace ServerStatus.UnitTests.Presentation.Commands;

public sealed class SuggestionsTests
{
    private static readonly string[] Names = ["status", "start", "stop", "restart", "kill", "help", "uptime"];

    [Theory]
    [InlineData("restrat", "restart")]
    [InlineData("stauts", "status")]
    [InlineData("kil", "kill")]
    [InlineData("upt", "uptime")]
    [InlineData("hlep", "help")]
    public void SuggestsTheIntendedCommand(string typed, string expected)
    {
        Suggestions.Closest(typed, Names).ShouldBe(expected);
    }

    [Theory]
    [InlineData("banana")]
    [InlineData("x")]
    public void SuggestsNothing_WhenNothingIsClose(string typed)
    {
        Suggestions.Closest(typed, Names).ShouldBeNull();
    }

    [Fact]
    public void CountsAnAdjacentSwapAsOneEdit()
    {
        Suggestions.Distance("ab", "ba").ShouldBe(1);
        Suggestions.Distance("kitten", "sitting").ShouldBe(3);
    }
}
