using ServerStatus.Application.Servers.Announcements;

namespace ServerStatus.UnitTests.Application.Servers.Announcements;

public sealed class DurationsTests
{
    [Theory]
    [InlineData("30s", 30)]
    [InlineData("10sec", 10)]
    [InlineData("5m", 300)]
    [InlineData("90min", 5400)]
    [InlineData("2h", 7200)]
    [InlineData("2H", 7200)]
    public void ParsesDurations(string text, int seconds)
    {
        Durations.TryParse(text, out var duration).ShouldBeTrue();
        duration.ShouldBe(TimeSpan.FromSeconds(seconds));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("0s")]
    [InlineData("5")]
    [InlineData("5d")]
    [InlineData("-5m")]
    [InlineData("5 m")]
    [InlineData("1h30m")]
    public void RefusesWhatIsNotADuration(string? text) => Durations.TryParse(text, out _).ShouldBeFalse();

    [Theory]
    [InlineData(3600, "1h")]
    [InlineData(300, "5m")]
    [InlineData(90, "90s")]
    [InlineData(5400, "90m")]
    [InlineData(10, "10s")]
    public void WritesTheFormItReadsBack(int seconds, string text)
    {
        Durations.Format(TimeSpan.FromSeconds(seconds)).ShouldBe(text);
        Durations.TryParse(text, out var back).ShouldBeTrue();
        back.ShouldBe(TimeSpan.FromSeconds(seconds));
    }

    [Theory]
    [InlineData(300, "5 minutes")]
    [InlineData(60, "1 minute")]
    [InlineData(90, "1 minute 30 seconds")]
    [InlineData(3661, "1 hour 1 minute 1 second")]
    [InlineData(0, "0 seconds")]
    [InlineData(9.6, "10 seconds")]
    public void SaysItInWordsForPlayers(double seconds, string words) => Durations.Words(TimeSpan.FromSeconds(seconds)).ShouldBe(words);
}
