using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Common;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Schedules;
using ServerStatus.Domain.Audit;
using ServerStatus.Domain.Backups;
using ServerStatus.Domain.Permissions;
using ServerStatus.Domain.Schedules;
using ServerStatus.Infrastructure.Persistence;

namespace ServerStatus.IntegrationTests.Host;

/// <summary>
/// Power schedules and chains through the fake Discord, run by real Hangfire (in-memory storage, triggered now) against
/// real containers, with results in the notification channel. Every test starts without schedules, their jobs or
/// backups (the shared bot's reset) and looks only at the notifications posted since it began.
/// </summary>
public sealed class PowerScheduleCommandTests(PowerScheduleCommandTests.Setup fixture) : BotTests<PowerScheduleCommandTests.Setup>(fixture)
{
    private const ulong NotificationChannel = 820_000_000_000_000_002;
    private const ulong AlertChannel = 820_000_000_000_000_003;
    private const ulong Bob = 5_002;
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(90);
    private int _notificationsBefore;
    private int _alertsBefore;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _notificationsBefore = Discord.Rest.MessagesIn(NotificationChannel).Count;
        _alertsBefore = Discord.Rest.MessagesIn(AlertChannel).Count;
    }

    [Fact]
    public async Task RestartsOnSchedule_AfterAnnouncingItInGame()
    {
        var id = await Sandbox.CreateServerAsync("gate", command: "while read -r line; do echo \"got: $line\"; done", openStdin: true,
            labels: new Dictionary<string, string> { ["serverstatus.announce"] = "[bot] {message}", ["serverstatus.stop-timeout"] = "1" });
        var startedBefore = (await Sandbox.StateAsync(id)).StartedAt;

        var set = await SayAsync("$schedule restart gate \"0 5 * * *\" --announce 10s");
        await TriggerAsync("gate", PowerScheduleKind.Restart);
        var notice = await NotificationAsync();

        set.ShouldContain("**gate** is restarted, announced in-game 10s before on `0 5 * * *` (UTC)");
        set.ShouldContain($"Results go to <#{NotificationChannel}>.");
        notice.ShouldStartWith("🗓️ Scheduled restart of **gate** done: restart: restarted");
        notice.ShouldContain("Announced 1 time(s) in-game.");
        (await Sandbox.StateAsync(id)).StartedAt.ShouldNotBe(startedBefore);
        (await SayAsync("$logs gate 20")).ShouldContain("got: [bot] Server restarting in 10 seconds");
        Discord.Rest.MessagesIn(AlertChannel).Skip(_alertsBefore).Select(m => m.Embeds.ToJsonString())
            .ShouldNotContain(alert => alert.Contains("gate", StringComparison.Ordinal), "the bot's own scheduled restart is no incident");
    }

    [Fact]
    public async Task StopsWithoutAnnouncing_WhenTheServerHasNoAnnounceLabel_AndSaysSo()
    {
        var id = await Sandbox.CreateServerAsync("quiet");
        (await SayAsync("$schedule stop quiet @daily announce 10s")).ShouldContain("**quiet** is stopped, announced in-game 10s before");

        await TriggerAsync("quiet", PowerScheduleKind.Stop);
        var notice = await NotificationAsync();

        notice.ShouldBe("🗓️ Scheduled stop of **quiet** done: stop: stopped. (not announced: `quiet` has no `serverstatus.announce` label (e.g. `say {message}`))");
        (await Sandbox.StateAsync(id)).Running.ShouldBeFalse();
    }

    [Fact]
    public async Task RunsAChain_BackingUpBeforeTheRestart()
    {
        var id = await Sandbox.CreateVolumeServerAsync("vault", "world.dat", "world\n");
        var startedBefore = (await Sandbox.StateAsync(id)).StartedAt;

        var set = await SayAsync("$schedule chain vault @daily backup, restart");
        await TriggerAsync("vault", PowerScheduleKind.Chain);
        var notice = await NotificationAsync();

        set.ShouldContain("**vault** runs `backup, restart` (each step after the one before succeeded) on `@daily` (UTC)");
        notice.ShouldStartWith("🗓️ Scheduled chain of **vault** done: backup: backup `");
        notice.ShouldContain("; restart: restarted");
        var backup = (await SendAsync(new ListBackups("vault"))).Value.Backups.ShouldHaveSingleItem();
        backup.Trigger.ShouldBe(BackupTrigger.Scheduled);
        var startedAfter = DateTimeOffset.Parse((await Sandbox.StateAsync(id)).StartedAt, CultureInfo.InvariantCulture);
        startedAfter.ShouldNotBe(DateTimeOffset.Parse(startedBefore, CultureInfo.InvariantCulture));
        backup.CreatedAt.ShouldBeLessThan(startedAfter, "the backup was made before the restart");
    }

    [Fact]
    public async Task StopsTheChain_WhenTheBackupFails_AndSaysWhatWasSkipped()
    {
        var id = await Sandbox.CreateServerAsync("bare");
        var startedBefore = (await Sandbox.StateAsync(id)).StartedAt;
        (await SayAsync("$schedule chain bare @daily backup, restart")).ShouldContain("runs `backup, restart`");

        await TriggerAsync("bare", PowerScheduleKind.Chain);
        var notice = await NotificationAsync();

        notice.ShouldStartWith("⚠️ Scheduled chain of **bare** failed at `backup`; the rest was skipped.");
        notice.ShouldContain("❌ `backup`: `bare` has no volumes or bind mounts to back up");
        notice.ShouldContain("⏭️ `restart`: skipped");
        (await Sandbox.StateAsync(id)).StartedAt.ShouldBe(startedBefore);
        (await SayAsync("$schedule list")).ShouldContain("FAILED: step 1 `backup` failed");
    }

    [Fact]
    public async Task RefusesToRun_WhenTheAuthorIsNoLongerAnAdmin_AndAuditsIt()
    {
        var id = await Sandbox.CreateServerAsync("arena");
        var startedBefore = (await Sandbox.StateAsync(id)).StartedAt;
        await using (var scope = Bot.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IAdminStore>().AddAsync(StoredAdmin.Create(Bob, TestApp.AdminId, DateTimeOffset.UtcNow), CancellationToken.None);
        }

        (await SayAsync("$schedule restart arena @daily", Bob)).ShouldContain("**arena** is restarted on `@daily`");
        await using (var scope = Bot.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IAdminStore>().RemoveAsync(Bob, CancellationToken.None);
        }

        await TriggerAsync("arena", PowerScheduleKind.Restart);
        var notice = await NotificationAsync();

        notice.ShouldStartWith($"⚠️ Scheduled restart of **arena** did not run: its author <@{Bob}> may no longer restart `arena`");
        notice.ShouldContain("`schedule remove arena restart`");
        (await Sandbox.StateAsync(id)).StartedAt.ShouldBe(startedBefore);
        // The audit row is written when the handler has returned, which is after it sent the notice.
        var audit = await Eventually.ValueAsync(ScheduledRunAuditAsync, rows => rows.Count > 0, "the refused run is audited");
        audit.ShouldHaveSingleItem().Outcome.ShouldBe(AuditOutcome.Denied);
    }

    private async Task<List<AuditEntry>> ScheduledRunAuditAsync()
    {
        await using var scope = Bot.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ServerStatusDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.Command == "scheduled power action").ToListAsync();
    }

    [Fact]
    public async Task ListsAndRemovesEachKind_TogetherWithItsJob()
    {
        await Sandbox.CreateVolumeServerAsync("vault", "world.dat", "world\n");
        await SayAsync("$schedule vault 0 4 * * * keep 2");
        await SayAsync("$schedule stop vault \"30 23 * * *\" --announce 1m");
        await SayAsync("$schedule chain vault @weekly cmd \"say Back soon, promise\", restart");
        var jobs = await RecurringJobIdsAsync();

        var listed = await SayAsync("$schedule list");
        var removed = await SayAsync("$schedule remove vault stop");
        var backupRemoved = await SayAsync("$schedule remove vault");

        jobs.Count(j => j.StartsWith(PowerScheduleJobs.Prefix, StringComparison.Ordinal)).ShouldBe(2);
        listed.ShouldContain("3 schedules");
        listed.ShouldContain("stop     local/vault");
        listed.ShouldContain("announce 1m");
        listed.ShouldContain("steps: cmd \"say Back soon, promise\", restart");
        listed.ShouldContain($"by user {TestApp.AdminId}");
        removed.ShouldContain("Removed the stop schedule of **vault** (`30 23 * * *`)");
        backupRemoved.ShouldContain("Removed the backup schedule of **vault**");
        (await RecurringJobIdsAsync()).Count(j => j.StartsWith(PowerScheduleJobs.Prefix, StringComparison.Ordinal)).ShouldBe(1);
        (await SayAsync("$schedule remove vault stop")).ShouldContain("`vault` has no stop schedule");
    }

    [Fact]
    public async Task AnswersNonAdminsWithDenied_AndBadInputWithTheFix()
    {
        await Sandbox.CreateServerAsync("arena");

        var denied = await SayAsync("$schedule restart arena @daily", userId: 4242);
        var tooOften = await SayAsync("$schedule restart arena \"*/5 * * * *\"");
        var badStep = await SayAsync("$schedule chain arena @daily backup, reboot");
        var startAnnounced = await SayAsync("$schedule start arena @daily announce 5m");

        denied.ShouldContain("Only admins may use this command");
        tooOften.ShouldContain("runs more often than every 15 minutes");
        badStep.ShouldContain("`reboot` is not a step");
        startAnnounced.ShouldContain("Only a restart or stop is announced");
        (await RecurringJobIdsAsync()).ShouldNotContain(j => j.StartsWith(PowerScheduleJobs.Prefix, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RegistersStoredPowerSchedules_WhenTheBotStartsAgain()
    {
        await Sandbox.CreateServerAsync("arena");
        var directory = Directory.CreateTempSubdirectory("serverstatus-power-restarted-");
        var database = Path.Combine(directory.FullName, "serverstatus.db");
        try
        {
            await using (var first = await Fixture.StartAnotherAsync(s => s["Database:Path"] = database))
            {
                (await first.Discord.AskAsync(TestApp.AdminId, "$schedule chain arena \"15 2 * * 0\" cmd save-all, restart")).ShouldContain("runs `cmd save-all, restart`");
            }

            await using var restarted = await Fixture.StartAnotherAsync(s => s["Database:Path"] = database);

            await restarted.App.Services.GetRequiredService<Infrastructure.Scheduling.RecurringJobRegistration>().Registered.WaitAsync(TimeSpan.FromSeconds(20));
            using var connection = restarted.App.Services.GetRequiredService<Hangfire.JobStorage>().GetConnection();
            Hangfire.Storage.StorageConnectionExtensions.GetRecurringJobs(connection)
                .ShouldContain(j => j.Id.StartsWith(PowerScheduleJobs.Prefix, StringComparison.Ordinal) && j.Cron == "15 2 * * 0");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task SkipsARunDuringMaintenance_WithoutTouchingTheServer_AndSaysSo()
    {
        var id = await Sandbox.CreateServerAsync("gate");
        var startedBefore = (await Sandbox.StateAsync(id)).StartedAt;
        (await SayAsync("$maintenance on gate for 2h new map")).ShouldContain("gate");
        (await SayAsync("$schedule restart gate @daily")).ShouldContain("**gate** is restarted on `@daily`");

        await TriggerAsync("gate", PowerScheduleKind.Restart);
        var notice = await NotificationAsync();

        notice.ShouldStartWith("⏸️ Scheduled restart of **gate** skipped: `gate` is in maintenance until ");
        notice.ShouldContain("new map. The schedule stays; it runs again at its next time.");
        (await Sandbox.StateAsync(id)).StartedAt.ShouldBe(startedBefore);
        var listed = await SayAsync("$schedule list");
        listed.ShouldContain("restart  local/gate");
        listed.ShouldContain("ok: skipped: `gate` is in maintenance until ");
    }

    [Fact]
    public async Task ResumesAChainInterruptedAfterItsBackup_WithTheRestart_WhenTheBotStartsAgain()
    {
        var id = await Sandbox.CreateVolumeServerAsync("vault", "world.dat", "world\n");
        var startedBefore = (await Sandbox.StateAsync(id)).StartedAt;
        var directory = Directory.CreateTempSubdirectory("serverstatus-power-resumed-");
        var database = Path.Combine(directory.FullName, "serverstatus.db");
        try
        {
            await using (var first = await Fixture.StartAnotherAsync(s => s["Database:Path"] = database))
            {
                (await first.Discord.AskAsync(TestApp.AdminId, "$schedule chain vault @daily backup, restart")).ShouldContain("runs `backup, restart`");
                // The journal a stop of the bot leaves behind right after the chain's backup: the run began, one step finished.
                await using var scope = first.App.Services.CreateAsyncScope();
                var schedules = scope.ServiceProvider.GetRequiredService<IPowerScheduleRepository>();
                var schedule = (await schedules.FindAsync("local/vault", PowerScheduleKind.Chain, CancellationToken.None)).ShouldNotBeNull();
                schedule.BeginRun(DateTimeOffset.UtcNow.AddMinutes(-1));
                schedule.RecordStepDone();
                await schedules.UpdateAsync(schedule, CancellationToken.None);
            }

            await using var restarted = await Fixture.StartAnotherAsync(s => s["Database:Path"] = database);
            await Eventually.HoldsAsync(() => Notifications(restarted.Discord).Count >= 2, "the resumed chain is notified, then its result", RunTimeout,
                () => string.Join(" | ", Notifications(restarted.Discord)));
            var notices = Notifications(restarted.Discord);

            notices[0].ShouldStartWith("🔁 Scheduled chain of **vault** (begun <t:");
            notices[0].ShouldEndWith("was interrupted by a stop of the bot with 1 of 2 step(s) done; resumed after the restart. Step 2 `restart` runs again.");
            notices[1].ShouldBe("🗓️ Scheduled chain of **vault** done (resumed after a restart of the bot): backup: done before the bot restarted; restart: restarted.");
            notices.Count.ShouldBe(2, "the run is resumed once");
            (await Sandbox.StateAsync(id)).StartedAt.ShouldNotBe(startedBefore);
            var backups = await restarted.App.Services.GetRequiredService<ActorScopedSender>().SendAsync(TestApp.Admin, new ListBackups("vault"));
            backups.Value.Backups.ShouldBeEmpty("the backup, done before the stop, is not taken again");
            (await restarted.Discord.AskAsync(TestApp.AdminId, "$schedule list")).ShouldContain("ok: resumed after a restart of the bot: backup: done before the bot restarted; restart: restarted");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    private Task<string> SayAsync(string text, ulong userId = TestApp.AdminId) => Discord.AskAsync(userId, text);

    private Task<T> SendAsync<T>(Mediator.IQuery<T> query) =>
        Bot.App.Services.GetRequiredService<ActorScopedSender>().SendAsync(TestApp.Admin, query);

    private async Task TriggerAsync(string server, PowerScheduleKind kind)
    {
        await using var scope = Bot.App.Services.CreateAsyncScope();
        var schedule = await scope.ServiceProvider.GetRequiredService<IPowerScheduleRepository>().FindAsync($"local/{server}", kind, CancellationToken.None);
        Bot.App.Services.GetRequiredService<IJobScheduler>().TriggerNow(PowerScheduleJobs.IdFor(schedule.ShouldNotBeNull().Id));
    }

    private async Task<string> NotificationAsync()
    {
        await Eventually.HoldsAsync(() => Notifications().Count == 1, "the scheduled run is notified", RunTimeout, () => string.Join(" | ", Notifications()));
        return Notifications()[0];
    }

    private List<string> Notifications() => [.. Notifications(Discord).Skip(_notificationsBefore)];

    private static List<string> Notifications(FakeDiscordServer discord) =>
        [.. discord.Rest.MessagesIn(NotificationChannel).Select(m => m.Content ?? "(embed) " + m.Embeds.ToJsonString())];

    private async Task<List<string>> RecurringJobIdsAsync()
    {
        await Bot.App.Services.GetRequiredService<Infrastructure.Scheduling.RecurringJobRegistration>().Registered.WaitAsync(TimeSpan.FromSeconds(20));
        using var connection = Bot.App.Services.GetRequiredService<Hangfire.JobStorage>().GetConnection();
        return [.. Hangfire.Storage.StorageConnectionExtensions.GetRecurringJobs(connection).Select(j => j.Id)];
    }

    /// <summary>Backups and the database in one directory of the class (a second bot shares them), results posted to the notification channel.</summary>
    public sealed class Setup : BotFixture
    {
        private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("serverstatus-power-schedules-");

        protected override void Configure(Dictionary<string, string?> settings)
        {
            settings["Backups:Directory"] = Path.Combine(_directory.FullName, "backups");
            settings["Backups:MinFreeSpaceMegabytes"] = "0";
            settings["Database:Path"] = Path.Combine(_directory.FullName, "serverstatus.db");
            settings["Notifications:ChannelId"] = NotificationChannel.ToString(CultureInfo.InvariantCulture);
            settings["Alerts:ChannelId"] = AlertChannel.ToString(CultureInfo.InvariantCulture);
        }

        protected override Task CleanUpAsync()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _directory.Delete(recursive: true);
            return Task.CompletedTask;
        }
    }
}
