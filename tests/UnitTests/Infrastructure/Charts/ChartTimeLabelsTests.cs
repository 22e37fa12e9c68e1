using ServerStatus.Infrastructure.Charts;

namespace ServerStatus.UnitTests.Infrastructure.Charts;

/// <summary>The graph's time-axis ticks: UTC, written in the asking user's language.</summary>
public sealed class ChartTimeLabelsTests
{
    private static readonly DateTime Midnight = new(2026, 12, 3, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Afternoon = new(2026, 12, 3, 14, 30, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("de-DE")]
    [InlineData("de")]
    public void WritesGermanDatesAndTimes_WhenTheUserSpeaksGerman(string locale)
    {
        var labels = ChartTimeLabels.For(locale);

        labels.Format(Midnight).ShouldBe("3. Dez.");
        labels.Format(Afternoon).ShouldBe("14:30");
    }

    [Fact]
    public void WritesUsDatesAndTwelveHourTimes_WhenTheUserSpeaksUsEnglish()
    {
        var labels = ChartTimeLabels.For("en-US");

        labels.Format(Midnight).ShouldBe("Dec 3");
        labels.Format(Afternoon).Replace('\u202F', ' ').ShouldBe("2:30 PM");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("xx-unknown-language")]
    [InlineData("not a culture")]
    public void WritesInvariantDatesAndTimes_WhenThereIsNoKnownLanguage(string? locale)
    {
        var labels = ChartTimeLabels.For(locale);

        labels.Format(Midnight).ShouldBe("3 Dec");
        labels.Format(Afternoon).ShouldBe("14:30");
    }
}
