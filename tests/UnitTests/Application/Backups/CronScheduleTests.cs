using Microsoft.Extensions.Options;
using ServerStatus.Application.Backups;

namespace ServerStatus.UnitTests.Application.Backups;

public sealed class CronScheduleTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 10, 30, 0, TimeSpan.Zero);

    [Fact]
    public void NormalizesSpacing_AndFindsTheNextRunInUtc()
    {
        CronSchedule.TryParse("  0   4 * *  * ", out var schedule).ShouldBeTrue();

        schedule.Text.ShouldBe("0 4 * * *");
        schedule.NextAfter(Monday).ShouldBe(new DateTimeOffset(2026, 11, 24, 4, 0, 0, TimeSpan.Zero));
    }

    [Theory]
    [InlineData("@daily", 24 * 60)]
    [InlineData("0 */6 * * *", 6 * 60)]
    [InlineData("*/5 * * * *", 5)]
    [InlineData("0 4 * * 1,3", 2 * 24 * 60)]
    public void MeasuresTheShortestGapBetweenRuns(string cron, int minutes)
    {
        CronSchedule.TryParse(cron, out var schedule).ShouldBeTrue();

        schedule.ShortestInterval(Monday).ShouldBe(TimeSpan.FromMinutes(minutes));
    }

    [Theory]
    [InlineData("")]
    [InlineData("every day")]
    [InlineData("0 4 * *")]
    [InlineData("0 0 4 * * *")]
    [InlineData("61 4 * * *")]
    [InlineData("@sometimes")]
    public void RejectsWhatIsNotAFiveFieldExpression(string cron) => CronSchedule.TryParse(cron, out _).ShouldBeFalse();

    [Fact]
    public void ValidatorExplainsEachProblem_InOneSentence()
    {
        var validator = new SetBackupScheduleValidator(Options.Create(new BackupOptions { MinScheduleIntervalMinutes = 15 }));

        Message(validator, new SetBackupSchedule("mc", "0 4 * *")).ShouldContain("is not a cron expression: write five fields");
        Message(validator, new SetBackupSchedule("mc", "*/5 * * * *")).ShouldContain("more often than every 15 minutes");
        Message(validator, new SetBackupSchedule("mc", "0 0 30 2 *")).ShouldContain("never runs");
        Message(validator, new SetBackupSchedule("mc", "0 4 * * *", 0)).ShouldContain("from 1 to 1000");
        Message(validator, new SetBackupSchedule("../mc", "0 4 * * *")).ShouldContain("not a valid server name");
        validator.Validate(new SetBackupSchedule("eu1/mc", "@daily", 30)).IsValid.ShouldBeTrue();
    }

    private static string Message(SetBackupScheduleValidator validator, SetBackupSchedule command) =>
        string.Join(" ", validator.Validate(command).Errors.Select(e => e.ErrorMessage));
}
