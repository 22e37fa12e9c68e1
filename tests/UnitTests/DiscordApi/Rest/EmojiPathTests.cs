using DiscordApi.Rest;

namespace ServerStatus.UnitTests.DiscordApi.Rest;

public sealed class EmojiPathTests
{
    [Theory]
    [InlineData("👍", "%F0%9F%91%8D")]
    [InlineData("#️⃣", "%23%EF%B8%8F%E2%83%A3")]
    [InlineData("blob:123", "blob:123")]
    [InlineData("<:blob:123>", "blob:123")]
    [InlineData("<a:dance:456>", "dance:456")]
    public void EncodesOnce_WhenEmojiGiven(string emoji, string expected)
    {
        var encoded = EmojiPath.Encode(emoji);

        encoded.ShouldBe(expected);
        encoded.ShouldNotContain("%25");
        Uri.UnescapeDataString(encoded).ShouldBe(expected.Contains(':', StringComparison.Ordinal) ? expected : emoji);
    }

    [Fact]
    public void KeepsATrailingNewline_InsteadOfReadingACustomEmoji() =>
        EmojiPath.Encode("blob:123\n").ShouldBe("blob%3A123%0A");
}
