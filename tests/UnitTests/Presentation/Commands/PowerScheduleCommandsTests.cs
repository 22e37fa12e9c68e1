using ServerStatus.Application.Backups;
using ServerStatus.Application.Schedules;
using ServerStatus.Application.Schedules.RunScheduledPowerAction;
using ServerStatus.Domain.Schedules;
using ServerStatus.Presentation.Discord.Commands;
using ServerStatus.Presentation.Discord.Notifications;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.UnitTests.Presentation.Commands;

public sealed class PowerScheduleCommandsTests
{
    private static PreparedCommand Prepare(string line)
    {
        var parsed = new PrefixCommandParser(CommandCatalog.Default).Parse(line, "$", 0).ShouldNotBeNull();
        return parsed.Command.ShouldNotBeNull().Prepare(parsed.Arguments);
    }

    private static object? Request(string line) => Prepare(line).Run?.Message;

    private static string Problem(string line) => Prepare(line).Problem.ShouldNotBeNull();

    [Fact]
    public void ReadsPowerSchedules_WithAndWithoutAnAnnouncement()
    {
        Request("$schedule restart mc \"0 5 * * *\" --announce 5m").ShouldBe(new SetPowerSchedule("mc", PowerScheduleKind.Restart, "0 5 * * *", Announce: TimeSpan.FromMinutes(5)));
        Request("$schedule restart mc 0 5 * * * announce 30s").ShouldBe(new SetPowerSchedule("mc", PowerScheduleKind.Restart, "0 5 * * *", Announce: TimeSpan.FromSeconds(30)));
        Request("$schedule stop eu1/mc @daily").ShouldBe(new SetPowerSchedule("eu1/mc", PowerScheduleKind.Stop, "@daily"));
        Request("$schedule start mc `0 6 * * 1`").ShouldBe(new SetPowerSchedule("mc", PowerScheduleKind.Start, "0 6 * * 1"));
    }

    [Fact]
    public void ReadsAChain_WithTheStepsAsWritten()
    {
        Request("$schedule chain mc \"0 4 * * *\" backup,restart").ShouldBe(new SetPowerSchedule("mc", PowerScheduleKind.Chain, "0 4 * * *", "backup,restart"));
        Request("$schedule chain mc 0 4 * * * backup, cmd \"say Back soon, promise\", restart")
            .ShouldBe(new SetPowerSchedule("mc", PowerScheduleKind.Chain, "0 4 * * *", "backup, cmd \"say Back soon, promise\", restart"));
        Request("$schedule chain mc @weekly cmd \"say it's time\", restart")
            .ShouldBe(new SetPowerSchedule("mc", PowerScheduleKind.Chain, "@weekly", "cmd \"say it's time\", restart"));
    }

    [Fact]
    public void KeepsTheBackupForms_AndRemovesEachKind()
    {
        Request("$schedule mc 0 4 * * * keep 7").ShouldBe(new SetBackupSchedule("mc", "0 4 * * *", 7));
        Request("$schedule backup restart @daily").ShouldBe(new SetBackupSchedule("restart", "@daily"));
        Request("$schedule remove mc").ShouldBe(new RemoveBackupSchedule("mc"));
        Request("$schedule remove mc backup").ShouldBe(new RemoveBackupSchedule("mc"));
        Request("$schedule remove mc chain").ShouldBe(new RemovePowerSchedule("mc", PowerScheduleKind.Chain));
        Request("$schedule remove mc RESTART").ShouldBe(new RemovePowerSchedule("mc", PowerScheduleKind.Restart));
        Request("$schedule_remove mc stop").ShouldBe(new RemovePowerSchedule("mc", PowerScheduleKind.Stop));
    }

    [Fact]
    public void SaysWhatIsWrong_WithTheArguments()
    {
        Problem("$schedule restart mc").ShouldContain("Name a server and a cron expression: `schedule restart <server> <cron> [--announce 5m]`");
        Problem("$schedule restart mc 0 5 *").ShouldContain("has 3 fields");
        Problem("$schedule restart mc @daily --announce").ShouldContain("`--announce` needs one duration such as `5m`");
        Problem("$schedule restart mc @daily --announce soon").ShouldContain("not `soon`");
        Problem("$schedule restart mc @daily please").ShouldContain("only `--announce <duration>` may follow");
        Problem("$schedule start mc @daily --announce 5m").ShouldContain("Unknown option `--announce`");
        Problem("$schedule chain mc @daily").ShouldContain("Name the steps after the cron expression");
        Problem("$schedule remove mc daily").ShouldContain("`daily` is not a kind of schedule");
    }

    [Fact]
    public void AreAdminOnlyInTheCatalog()
    {
        foreach (var name in new[] { "schedule_restart", "schedule_stop", "schedule_start", "schedule_chain" })
        {
            CommandCatalog.Default.Find(name).ShouldNotBeNull().Requirement.AdminOnly.ShouldBeTrue();
        }
    }

    [Fact]
    public void ListsEveryKind_WithItsAuthor()
    {
        var backup = new ScheduleView("vault", "local/vault", "0 4 * * *", 2, null, null, null, null) { CreatedBy = "user 7" };
        var chain = new PowerScheduleView(3, PowerScheduleKind.Chain, "mc", "local/mc", "0 4 * * *", "backup, restart", null, 42, null, null, null, null);
        var restart = chain with { Id = 4, Kind = PowerScheduleKind.Restart, Steps = "restart", Announce = TimeSpan.FromMinutes(5) };

        var text = string.Join('\n', ScheduleReplies.List(new ScheduleList([backup], [chain, restart])).Messages.Select(m => m.Content));

        text.ShouldContain("3 schedules");
        text.ShouldContain("backup   local/vault");
        text.ShouldContain("by user 7  keep 2");
        text.ShouldContain("chain    local/mc");
        text.ShouldContain("by user 42  steps: backup, restart  last not yet");
        text.ShouldContain("restart  local/mc");
        text.ShouldContain("announce 5m");
    }

    [Theory]
    [InlineData(PowerScheduleKind.Restart, "is restarted, announced in-game 5m before on `@daily`")]
    [InlineData(PowerScheduleKind.Stop, "is stopped, announced in-game 5m before on `@daily`")]
    [InlineData(PowerScheduleKind.Start, "is started on `@daily`")]
    public void SaysWhatTheScheduleDoes(PowerScheduleKind kind, string expected)
    {
        var view = new PowerScheduleView(1, kind, "mc", "local/mc", "@daily", "x", kind == PowerScheduleKind.Start ? null : TimeSpan.FromMinutes(5), 42, null, null, null, null);

        PowerScheduleReplies.Set(new PowerScheduleChange(view, null, "<#1>")).Messages.Single().Content.ShouldNotBeNull().ShouldContain("**mc** " + expected);
    }

    [Fact]
    public void NotifiesWhichStepFailed_AndWhichWereSkipped()
    {
        var steps = ScheduleSteps.Parse("backup, restart, cmd say hi").Value;
        var chain = new ChainReport(
        [
            new StepOutcome(steps[0], StepStatus.Failed, "`mc` has no volumes or bind mounts to back up."),
            new StepOutcome(steps[1], StepStatus.Skipped, ""),
            new StepOutcome(steps[2], StepStatus.Skipped, ""),
        ]);

        var text = DiscordChannelNotifier.Format(new ScheduledRunFinished(new ScheduledRunReport("mc", "chain", chain, [], null))).Content;

        text.ShouldBe("⚠️ Scheduled chain of **mc** failed at `backup`; the rest was skipped.\n❌ `backup`: `mc` has no volumes or bind mounts to back up.\n⏭️ `restart`: skipped\n⏭️ `cmd say hi`: skipped");
    }

    [Fact]
    public void NotifiesARunThatDidNotBegin_WithTheReason()
    {
        var text = DiscordChannelNotifier.Format(new ScheduledRunRefused("mc", "restart", "its author <@42> may no longer restart `mc`.")).Content;

        text.ShouldBe("⚠️ Scheduled restart of **mc** did not run: its author <@42> may no longer restart `mc`.");
    }

    [Fact]
    public void NotifiesAResumedRun_AndThatItsConsoleLineIsSentAgain()
    {
        var steps = ScheduleSteps.Parse("backup, cmd say back soon, restart").Value;
        var at = new DateTimeOffset(2026, 12, 3, 4, 0, 0, TimeSpan.Zero);

        var cmd = DiscordChannelNotifier.Format(new ScheduledRunResumed("mc", "chain", at, 1, steps)).Content;
        var restart = DiscordChannelNotifier.Format(new ScheduledRunResumed("mc", "chain", at, 2, steps)).Content;
        var none = DiscordChannelNotifier.Format(new ScheduledRunResumed("mc", "chain", at, 3, steps)).Content;

        cmd.ShouldBe($"🔁 Scheduled chain of **mc** (begun <t:{at.ToUnixTimeSeconds()}:f> (<t:{at.ToUnixTimeSeconds()}:R>)) was interrupted by a stop of the bot with 1 of 3 step(s) done; "
            + "resumed after the restart. Step 2 `cmd say back soon` runs again: its console line `say back soon` is sent a second time.");
        restart.ShouldEndWith("with 2 of 3 step(s) done; resumed after the restart. Step 3 `restart` runs again.");
        none.ShouldEndWith("Every step had finished; only the result is posted.");
    }

    [Fact]
    public void NotifiesASkippedRun_AndTheResultOfAResumedOne()
    {
        var steps = ScheduleSteps.Parse("backup, restart").Value;
        var chain = new ChainReport([new StepOutcome(steps[0], StepStatus.Done, "done before the bot restarted"), new StepOutcome(steps[1], StepStatus.Done, "restarted")]);

        var skipped = DiscordChannelNotifier.Format(new ScheduledRunSkipped("mc", "restart", "`mc` is in maintenance until 15:00 UTC: new map")).Content;
        var finished = DiscordChannelNotifier.Format(new ScheduledRunFinished(new ScheduledRunReport("mc", "chain", chain, [], null, Resumed: true))).Content;

        skipped.ShouldBe("⏸️ Scheduled restart of **mc** skipped: `mc` is in maintenance until 15:00 UTC: new map. The schedule stays; it runs again at its next time.");
        finished.ShouldBe("🗓️ Scheduled chain of **mc** done (resumed after a restart of the bot): backup: done before the bot restarted; restart: restarted.");
    }
}
