using Microsoft.Extensions.Options;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Schedules;
using ServerStatus.Domain.Schedules;

namespace ServerStatus.UnitTests.Application.Schedules;

public sealed class SetPowerScheduleValidatorTests
{
    private readonly SetPowerScheduleValidator _validator = new(Options.Create(new BackupOptions { MinScheduleIntervalMinutes = 15 }));

    [Fact]
    public void Accepts_EveryDocumentedForm()
    {
        Problems(new SetPowerSchedule("mc", PowerScheduleKind.Restart, "0 5 * * *", Announce: TimeSpan.FromMinutes(5))).ShouldBeEmpty();
        Problems(new SetPowerSchedule("eu1/mc", PowerScheduleKind.Stop, "@daily")).ShouldBeEmpty();
        Problems(new SetPowerSchedule("mc", PowerScheduleKind.Start, "0 6 * * 1")).ShouldBeEmpty();
        Problems(new SetPowerSchedule("mc", PowerScheduleKind.Chain, "0 4 * * *", "backup, cmd \"say hi, all\", restart")).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(PowerScheduleKind.Restart, "0 25 * * *", null, 0, "is not a cron expression")]
    [InlineData(PowerScheduleKind.Restart, "*/5 * * * *", null, 0, "more often than every 15 minutes (Backups:MinScheduleIntervalMinutes): run it less often")]
    [InlineData(PowerScheduleKind.Start, "@daily", null, 300, "Only a restart or stop is announced")]
    [InlineData(PowerScheduleKind.Chain, "@daily", "backup, restart", 300, "Only a restart or stop is announced")]
    [InlineData(PowerScheduleKind.Restart, "@daily", null, 5, "Announce between 10s and 1h ahead")]
    [InlineData(PowerScheduleKind.Stop, "@daily", null, 7200, "not 2h")]
    [InlineData(PowerScheduleKind.Restart, "@daily", "backup", 0, "Only a chain has steps")]
    [InlineData(PowerScheduleKind.Chain, "@daily", null, 0, "Name the steps")]
    [InlineData(PowerScheduleKind.Chain, "@daily", "backup, reboot", 0, "`reboot` is not a step")]
    public void SaysWhatIsWrong(PowerScheduleKind kind, string cron, string? steps, int announceSeconds, string problem)
    {
        var announce = announceSeconds == 0 ? (TimeSpan?)null : TimeSpan.FromSeconds(announceSeconds);

        Problems(new SetPowerSchedule("mc", kind, cron, steps, announce)).ShouldContain(p => p.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void RefusesAConsoleLineWithControlCharacters_InAChain()
    {
        Problems(new SetPowerSchedule("mc", PowerScheduleKind.Chain, "@daily", "cmd say \u0007hi")).ShouldContain(p => p.Contains("control characters", StringComparison.Ordinal));
    }

    private List<string> Problems(SetPowerSchedule command) => [.. _validator.Validate(command).Errors.Select(e => e.ErrorMessage)];
}
