using System.Globalization;
using Docker.DotNet.Models;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Common;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Domain.Backups;
using ServerStatus.Infrastructure.Scheduling;
using ServerStatus.IntegrationTests.FakeDiscord.Rest;

namespace ServerStatus.IntegrationTests.Host;

/// <summary>
/// Backup schedules through the fake Discord, run by real Hangfire (in-memory storage) against real volumes, with
/// results in the notification channel. Every test starts without schedules, their jobs or backups (the shared bot's
/// reset) and looks only at the notifications posted since it began.
/// </summary>
public sealed class ScheduleCommandTests(ScheduleCommandTests.Setup fixture) : BotTests<ScheduleCommandTests.Setup>(fixture)
{
    private const ulong NotificationChannel = 820_000_000_000_000_001;
    private int _notificationsBefore;

    private string BackupDirectory => Fixture.BackupDirectory;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _notificationsBefore = Discord.Rest.MessagesIn(NotificationChannel).Count;
    }

    [Fact]
    public async Task SchedulesListsAndRemoves_TogetherWithTheRecurringJob()
    {
        await CreateVolumeServerAsync("vault");

        var set = await SayAsync("$schedule vault 0 4 * * * keep 2");
        var jobs = await RecurringJobsAsync(Bot);
        var listed = await SayAsync("$schedule list");
        var removed = await SayAsync("$schedule remove vault");

        set.ShouldContain("**vault** is backed up on `0 4 * * *` (UTC), keeping the newest 2 scheduled backups");
        set.ShouldContain($"Results go to <#{NotificationChannel}>.");
        jobs.ShouldContain(("backup:local/vault", "0 4 * * *"));
        listed.ShouldContain("local/vault");
        listed.ShouldContain("keep 2");
        removed.ShouldContain("Removed the backup schedule of **vault**");
        (await RecurringJobsAsync(Bot)).ShouldNotContain(j => j.Id == "backup:local/vault");
        (await SayAsync("$schedule list")).ShouldContain("No backup or power schedules yet");
    }

    [Fact]
    public async Task SchedulesAndRemoves_BySlashCommand()
    {
        await CreateVolumeServerAsync("vault");

        var set = await SlashAsync("schedule", new { server = "vault", cron = "0 */6 * * *", keep = 3 });
        var listed = await SlashAsync("schedule_list");
        var removed = await SlashAsync("schedule_remove", new { server = "vault" });

        set.ShouldContain("**vault** is backed up on `0 */6 * * *` (UTC), keeping the newest 3");
        listed.ShouldContain("0 */6 * * *");
        removed.ShouldContain("Removed the backup schedule of **vault**");
    }

    [Fact]
    public async Task RunsThroughHangfire_AndKeepsOnlyTheNewestScheduledBackups()
    {
        await CreateVolumeServerAsync("vault");
        (await SayAsync("$backup vault by-hand")).ShouldContain("Backed up");
        (await SayAsync("$schedule vault @daily keep 2")).ShouldContain("keeping the newest 2");

        for (var run = 1; run <= 3; run++)
        {
            Bot.App.Services.GetRequiredService<IJobScheduler>().TriggerNow("backup:local/vault");
            await Eventually.HoldsAsync(() => Notifications().Count == run, $"scheduled run {run} is notified", TimeSpan.FromSeconds(60));
        }

        var backups = await Bot.App.Services.GetRequiredService<ActorScopedSender>().SendAsync(TestApp.Admin, new ListBackups("vault"));
        backups.Value.Backups.Count(b => b.Trigger == BackupTrigger.Scheduled).ShouldBe(2, string.Join(" | ", Notifications()));
        backups.Value.Backups.ShouldContain(b => b.Name == "by-hand" && b.Trigger == BackupTrigger.Manual);
        Directory.GetFiles(Path.Combine(BackupDirectory, "local", "vault")).Length.ShouldBe(3);
        Notifications().ShouldAllBe(text => text.StartsWith("💾 Scheduled backup of **vault**", StringComparison.Ordinal));
        Notifications()[2].ShouldContain("Removed 1 older scheduled backup (keeping 2)");
        (await SayAsync("$schedule list")).ShouldContain(" ok: ");
    }

    [Fact]
    public async Task NotifiesAFailedRun_AndShowsItInTheList()
    {
        var monitoring = Bot.App.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var failedBefore = monitoring.FailedCount();
        await Sandbox.CreateServerAsync("bare");
        (await SayAsync("$schedule bare @weekly")).ShouldContain("is backed up on `@weekly`");

        Bot.App.Services.GetRequiredService<IJobScheduler>().TriggerNow("backup:local/bare");
        await Eventually.HoldsAsync(() => Notifications().Count == 1, "the failed run is notified", TimeSpan.FromSeconds(60));

        Notifications()[0].ShouldStartWith("⚠️ Scheduled backup of **bare** failed: `bare` has no volumes or bind mounts");
        (await SayAsync("$schedule list")).ShouldContain("FAILED: `bare` has no volumes");
        await Eventually.HoldsAsync(() => monitoring.FailedCount() == failedBefore + 1, "the job is marked failed");
        monitoring.ScheduledCount().ShouldBe(0, "a failed scheduled backup is not retried (that would repeat its notification)");
    }

    [Fact]
    public async Task KeepsTheRunsResult_WhenTheNotificationChannelRefusesThePost()
    {
        await CreateVolumeServerAsync("vault");
        (await SayAsync("$schedule vault @daily")).ShouldContain("is backed up");
        Discord.Rest.Enqueue("POST", "channels/{channel_id}/messages", FakeResponse.Error(403, 50001, "Missing Access"));

        Bot.App.Services.GetRequiredService<IJobScheduler>().TriggerNow("backup:local/vault");
        await Eventually.HoldsAsync(() => Bot.Logs.Entries.Any(e => e.Message.Contains("Could not post a notification", StringComparison.Ordinal)),
            "the refused notification is logged", TimeSpan.FromSeconds(60));

        Notifications().ShouldBeEmpty();
        (await SayAsync("$schedule list")).ShouldContain(" ok: ");
        (await SayAsync("$backups vault")).ShouldContain("scheduled");
    }

    [Fact]
    public async Task AnswersNonAdminsWithDenied_AndBadCronWithTheFix()
    {
        await Sandbox.CreateServerAsync("vault");

        var denied = await SayAsync("$schedule vault @daily", userId: 4242);
        var badCron = await SayAsync("$schedule vault 0 25 * * *");
        var tooOften = await SayAsync("$schedule vault * * * * *");

        denied.ShouldContain("Only admins may use this command");
        badCron.ShouldContain("is not a cron expression");
        tooOften.ShouldContain("more often than every 15 minutes");
        (await RecurringJobsAsync(Bot)).ShouldNotContain(j => j.Id.StartsWith("backup:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RegistersStoredSchedules_WhenTheBotStartsAgain()
    {
        await CreateVolumeServerAsync("vault");
        var directory = Directory.CreateTempSubdirectory("serverstatus-restarted-");
        var database = Path.Combine(directory.FullName, "serverstatus.db");
        try
        {
            // A bot of its own, stopped and started again on its database (the shared bot would make a second one on
            // the class's database a standby): the new process's Hangfire storage starts empty, its schedules come
            // from the database.
            await using (var first = await Fixture.StartAnotherAsync(s => s["Database:Path"] = database))
            {
                (await first.Discord.AskAsync(TestApp.AdminId, "$schedule vault 15 2 * * 0 keep 4")).ShouldContain("keeping the newest 4");
            }

            await using var restarted = await Fixture.StartAnotherAsync(s => s["Database:Path"] = database);

            (await RecurringJobsAsync(restarted)).ShouldContain(("backup:local/vault", "15 2 * * 0"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    private Task<string> SayAsync(string text, ulong userId = TestApp.AdminId) =>
        Discord.AskAsync(userId, text);

    private async Task<string> SlashAsync(string command, object? options = null)
    {
        var interaction = await Discord.WaitForAnswerAsync(await Discord.SlashAsync(TestApp.AdminId, command, options));
        return FakeDiscordServer.Text(interaction.Original ?? throw new InvalidOperationException($"/{command} got no answer"));
    }

    private List<string> Notifications() => [.. Discord.Rest.MessagesIn(NotificationChannel).Skip(_notificationsBefore).Select(m => m.Content ?? "")];

    private static async Task<List<(string Id, string Cron)>> RecurringJobsAsync(BotUnderTest bot)
    {
        await bot.App.Services.GetRequiredService<RecurringJobRegistration>().Registered.WaitAsync(TimeSpan.FromSeconds(20));
        using var connection = bot.App.Services.GetRequiredService<JobStorage>().GetConnection();
        return [.. connection.GetRecurringJobs().Select(j => (j.Id, j.Cron))];
    }

    private Task<string> CreateVolumeServerAsync(string name) => Sandbox.CreateVolumeServerAsync(name, "world.dat", "world\n");

    /// <summary>Backups and the database in one directory of the class (a second bot shares them), results posted to the notification channel.</summary>
    public sealed class Setup : BotFixture
    {
        private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("serverstatus-schedules-");

        public string BackupDirectory => Path.Combine(_directory.FullName, "backups");

        protected override void Configure(Dictionary<string, string?> settings)
        {
            settings["Backups:Directory"] = BackupDirectory;
            settings["Backups:MinFreeSpaceMegabytes"] = "0";
            settings["Database:Path"] = Path.Combine(_directory.FullName, "serverstatus.db");
            settings["Notifications:ChannelId"] = NotificationChannel.ToString(CultureInfo.InvariantCulture);
        }

        protected override Task CleanUpAsync()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _directory.Delete(recursive: true);
            return Task.CompletedTask;
        }
    }
}
