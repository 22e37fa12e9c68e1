using ServerStatus.Domain.Backups;

namespace ServerStatus.UnitTests.Domain;

public sealed class BackupScheduleTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 24, 6, 0, 0, TimeSpan.FromHours(2));

    [Fact]
    public void StoresUtcTimes_AndTheChangedCronAndKeep()
    {
        var schedule = BackupSchedule.Create("local/mc", "0 4 * * *", 7, "user 1", At);

        schedule.Change("@daily", 3, "user 2", At.AddDays(1));

        schedule.Cron.ShouldBe("@daily");
        schedule.Keep.ShouldBe(3);
        schedule.CreatedBy.ShouldBe("user 2");
        schedule.CreatedAt.Offset.ShouldBe(TimeSpan.Zero);
        schedule.LastRunAt.ShouldBeNull();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(BackupSchedule.MaxKeep + 1)]
    public void RefusesAKeepCount_OutsideItsRange(int keep) =>
        Should.Throw<ArgumentOutOfRangeException>(() => BackupSchedule.Create("local/mc", "0 4 * * *", keep, "user 1", At));

    [Fact]
    public void RecordsTheLastRun_CutToItsColumn()
    {
        var schedule = BackupSchedule.Create("local/mc", "0 4 * * *", 7, "user 1", At);

        schedule.RecordRun(At, succeeded: false, new string('x', 1000));

        schedule.LastSucceeded.ShouldBe(false);
        schedule.LastRunAt.ShouldBe(At);
        schedule.LastResult.ShouldNotBeNull().Length.ShouldBe(BackupSchedule.LastResultMaxLength);
        schedule.LastResult.ShouldEndWith("…");
    }
}
