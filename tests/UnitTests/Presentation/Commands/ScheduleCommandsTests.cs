using DiscordApi.Messages;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Backups.RunScheduledBackup;
using ServerStatus.Domain.Backups;
using ServerStatus.Presentation.Discord.Commands;
using ServerStatus.Presentation.Discord.Notifications;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.UnitTests.Presentation.Commands;

public sealed class ScheduleCommandsTests
{
    private static PreparedCommand Prepare(params string[] words) =>
        CommandCatalog.Default.Find("schedule").ShouldNotBeNull().Prepare(CommandArguments.FromTokens(words));

    private static object? Request(params string[] words) => Prepare(words).Run?.Message;

    private static string Problem(params string[] words) => Prepare(words).Problem.ShouldNotBeNull();

    [Fact]
    public void ReadsTheCronAndKeep_InEveryDocumentedForm()
    {
        Request("mc", "0", "4", "*", "*", "*", "keep", "7").ShouldBe(new SetBackupSchedule("mc", "0 4 * * *", 7));
        Request("mc", "0 4 * * *", "7").ShouldBe(new SetBackupSchedule("mc", "0 4 * * *", 7));
        Request("mc", "`0 4 * * *`").ShouldBe(new SetBackupSchedule("mc", "0 4 * * *"));
        Request("eu1/mc", "@daily", "KEEP", "2").ShouldBe(new SetBackupSchedule("eu1/mc", "@daily", 2));
        Request("list").ShouldBe(new ListBackupSchedules());
        Request("remove", "mc").ShouldBe(new RemoveBackupSchedule("mc"));
    }

    [Fact]
    public void SaysWhatIsWrong_WithTheArguments()
    {
        Problem().ShouldContain("Name a server and a cron expression");
        Problem("mc", "0", "4", "*").ShouldContain("has 3 fields; a cron expression has five");
        Problem("mc", "0", "4", "*", "*", "*", "keep", "lots").ShouldContain("`keep` needs a number from 1 to 1000, not `lots`");
        Problem("mc", "0", "4", "*", "*", "*", "every", "day").ShouldContain("only `keep N` may follow");
    }

    [Fact]
    public void AreAdminOnlyInTheCatalog()
    {
        foreach (var name in new[] { "schedule", "schedule_list", "schedule_remove" })
        {
            CommandCatalog.Default.Find(name).ShouldNotBeNull().Requirement.AdminOnly.ShouldBeTrue();
        }
    }

    [Fact]
    public void ListsSchedulesWithinDiscordLimits_ForManyServers()
    {
        var views = Enumerable.Range(0, 300).Select(i => new ScheduleView($"server-{i}", $"local/server-{i}", "0 4 * * *", 7,
            DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, false, new string('x', BackupSchedule.LastResultMaxLength))).ToList();

        var reply = ScheduleReplies.List(new ScheduleList(views, []));

        foreach (var message in reply.Messages)
        {
            Should.NotThrow(() => MessageValidator.Validate(message));
        }
    }

    [Fact]
    public void SaysWhereResultsGo_OrHowToGetThemPosted()
    {
        var view = new ScheduleView("mc", "local/mc", "0 4 * * *", 7, DateTimeOffset.FromUnixTimeSeconds(1_800_000_000), null, null, null);

        var posted = ScheduleReplies.Set(new ScheduleChange(view, null, "<#42>")).Messages.Single().Content;
        var logged = ScheduleReplies.Set(new ScheduleChange(view, view with { Cron = "@daily", Keep = 3 }, null)).Messages.Single().Content ?? "";

        posted.ShouldBe("🗓️ **mc** is backed up on `0 4 * * *` (UTC), keeping the newest 7 scheduled backups. Next run: <t:1800000000:f> (<t:1800000000:R>). Results go to <#42>.");
        logged.ShouldContain("It replaces `@daily` (keep 3).");
        logged.ShouldEndWith("Results are only logged: set `Notifications:ChannelId` to have them posted in a channel.");
    }

    [Fact]
    public void NotifiesWhatAScheduledRunDid()
    {
        var backup = new BackupView("local/mc", "2026-11-24T04-00-00Z", 3 * 1024 * 1024, new string('a', 64), TimeSpan.FromSeconds(4), BackupTrigger.Scheduled, "schedule", DateTimeOffset.UnixEpoch);

        var done = DiscordChannelNotifier.Format(new ScheduledBackupSucceeded(new ScheduledBackupReport(backup, ["old-1", "old-2"], 7))).Content;
        var failed = DiscordChannelNotifier.Format(new ScheduledBackupFailed("mc", "No server named `mc`.")).Content;

        done.ShouldBe("💾 Scheduled backup of **mc**: `2026-11-24T04-00-00Z`, 3 MiB in 4 s. Removed 2 older scheduled backups (keeping 7).");
        failed.ShouldBe("⚠️ Scheduled backup of **mc** failed: No server named `mc`.");
    }
}
