using Microsoft.Extensions.DependencyInjection;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Domain.Backups;
using ServerStatus.Domain.Servers;

namespace ServerStatus.IntegrationTests.Backups;

/// <summary>The retention job on the real SQLite database and real archive files.</summary>
public sealed class BackupPruningTests(BackupPruningTests.Setup fixture) : AppTests<BackupPruningTests.Setup>(fixture)
{
    private readonly DateTimeOffset _now = DateTimeOffset.UtcNow;

    [Fact]
    public async Task DeletesExpiredSafetyBackupsAndSurplusScheduledOnes_AndNothingElse()
    {
        var oldSafety = await AddAsync("local/mc", "old-safety", BackupTrigger.PreRestore, days: -10);
        await AddAsync("local/mc", "new-safety", BackupTrigger.PreRestore, days: -1);
        await AddAsync("local/mc", "old-manual", BackupTrigger.Manual, days: -100);
        var oldestScheduled = await AddAsync("local/mc", "s1", BackupTrigger.Scheduled, days: -3);
        await AddAsync("local/mc", "s2", BackupTrigger.Scheduled, days: -2);
        await AddAsync("local/mc", "s3", BackupTrigger.Scheduled, days: -1);
        await AddScheduleAsync("local/mc", keep: 2);

        var report = await App.SendAsync(Actor.System, new PruneBackups(PreRestoreOlderThanDays: 7));

        (report.Value.ExpiredPreRestore, report.Value.ScheduledBeyondKeep, report.Value.SkippedBusy.Count).ShouldBe((1, 1, 0));
        (await NamesAsync("local/mc")).Order(StringComparer.Ordinal).ShouldBe(["new-safety", "old-manual", "s2", "s3"]);
        File.Exists(Path.Combine(Fixture.BackupDirectory, oldSafety.File)).ShouldBeFalse();
        File.Exists(Path.Combine(Fixture.BackupDirectory, oldestScheduled.File)).ShouldBeFalse();
        Directory.GetFiles(Path.Combine(Fixture.BackupDirectory, "local", "mc")).Length.ShouldBe(4);
    }

    [Fact]
    public async Task SkipsAServerBusyWithARestore_UntilTheNextRun()
    {
        await AddAsync("local/busy", "old-safety", BackupTrigger.PreRestore, days: -10);
        var held = App.Services.GetRequiredService<ServerJobLocks>().TryAcquire("local/busy", "busy", ServerJob.Restore);

        BackupPruneReport report;
        using (held.Value)
        {
            report = (await App.SendAsync(Actor.System, new PruneBackups(7))).Value;
        }

        var later = (await App.SendAsync(Actor.System, new PruneBackups(7))).Value;

        report.SkippedBusy.ShouldBe(["busy"]);
        report.ExpiredPreRestore.ShouldBe(0);
        later.ExpiredPreRestore.ShouldBe(1);
        (await NamesAsync("local/busy")).ShouldBeEmpty();
    }

    [Fact]
    public async Task IsRefused_ForUsersWhoAreNotAdmins()
    {
        var result = await App.SendAsync(TestApp.User(4242), new PruneBackups(7));

        result.Errors.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Denied);
    }

    private async Task<BackupRecord> AddAsync(string server, string name, BackupTrigger trigger, int days)
    {
        var store = App.Services.GetRequiredService<IBackupStore>();
        var qualified = ServerName.Parse(server);
        var file = store.FileFor(qualified.Engine ?? "local", qualified.Name, name);
        var write = store.BeginWrite(file).Value;
        StoredArchive stored;
        await using (write)
        {
            await write.Content.WriteAsync(new byte[1024]);
            stored = await write.CommitAsync(CancellationToken.None);
        }

        var record = BackupRecord.Create(server, name, stored.File, ["/data"], stored.SizeBytes, stored.Sha256, TimeSpan.FromSeconds(1), trigger, "test", _now.AddDays(days));
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IBackupRepository>().AddAsync(record, CancellationToken.None);
        return record;
    }

    private async Task AddScheduleAsync(string server, int keep)
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IBackupScheduleRepository>()
            .AddAsync(BackupSchedule.Create(server, "@daily", keep, "test", _now), CancellationToken.None);
    }

    private async Task<List<string>> NamesAsync(string server)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return [.. (await scope.ServiceProvider.GetRequiredService<IBackupRepository>().ListAsync(server, CancellationToken.None)).Select(b => b.Name)];
    }

    public sealed class Setup : AppFixture
    {
        public string BackupDirectory { get; } = Directory.CreateTempSubdirectory("serverstatus-pruning-").FullName;

        protected override void Configure(Dictionary<string, string?> settings) => settings["Backups:Directory"] = BackupDirectory;

        protected override Task CleanUpAsync()
        {
            Directory.Delete(BackupDirectory, recursive: true);
            return Task.CompletedTask;
        }
    }
}
