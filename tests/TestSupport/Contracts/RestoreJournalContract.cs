using ServerStatus.Application.Backups.RestoreBackup;
using ServerStatus.Domain.Backups;

namespace ServerStatus.TestSupport.Contracts;

/// <summary>
/// What restores and their recovery rely on from an <see cref="IRestoreJournal"/>: an entry and every later stage of it
/// are read back as written (from a fresh unit of work: the bot may die right after a write), an ended restore is
/// gone, a new restore of a server supersedes an entry left behind for it, and the list holds the unended ones, oldest
/// first. Every fact uses servers of its own.
/// </summary>
public abstract class RestoreJournalContract
{
    private static readonly DateTimeOffset At = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The journal under test; a persistent one answers each call from a fresh unit of work, as each command has its own.</summary>
    protected abstract IRestoreJournal Journal();

    [Fact]
    public async Task ReadsBackAnEntry_WithEveryStageWrittenSince()
    {
        var server = Server();
        var journal = Journal();
        var restore = RestoreInProgress.Begin(server, "base", serverWasRunning: true, "user 42", At);

        await journal.RecordAsync(restore, default);
        var preparing = (await Journal().FindAsync(server, default)).ShouldNotBeNull();
        (preparing.Backup, preparing.ServerWasRunning, preparing.Stage, preparing.SafetyBackup, preparing.StartedBy, preparing.StartedAt)
            .ShouldBe(("base", true, RestoreStage.Preparing, (string?)null, "user 42", At));

        restore.Replacing("pre-restore-2026-12-03T12-00-00Z");
        await journal.RecordAsync(restore, default);
        var replacing = (await Journal().FindAsync(server, default)).ShouldNotBeNull();
        (replacing.Stage, replacing.SafetyBackup).ShouldBe((RestoreStage.Replacing, "pre-restore-2026-12-03T12-00-00Z"));

        restore.RollingBack();
        await journal.RecordAsync(restore, default);
        var rollingBack = (await Journal().FindAsync(server, default)).ShouldNotBeNull();
        (rollingBack.Stage, rollingBack.FilesMayBeChanged).ShouldBe((RestoreStage.RollingBack, true));
    }

    [Fact]
    public async Task ForgetsAnEndedRestore()
    {
        var (ended, kept) = (Server(), Server());
        var journal = Journal();
        var restore = RestoreInProgress.Begin(ended, "base", serverWasRunning: false, "user 1", At);
        await journal.RecordAsync(restore, default);
        await journal.RecordAsync(RestoreInProgress.Begin(kept, "base", serverWasRunning: false, "user 1", At), default);

        await journal.EndAsync(restore, default);

        (await Journal().FindAsync(ended, default)).ShouldBeNull();
        (await Journal().FindAsync(kept, default)).ShouldNotBeNull();
        (await Journal().ListAsync(default)).Select(r => r.Server).ShouldNotContain(ended);
    }

    [Fact]
    public async Task ANewRestoreOfAServer_SupersedesTheEntryLeftForIt()
    {
        var server = Server();
        await Journal().RecordAsync(RestoreInProgress.Begin(server, "old", serverWasRunning: false, "user 1", At), default);

        await Journal().RecordAsync(RestoreInProgress.Begin(server, "new", serverWasRunning: true, "user 2", At.AddHours(1)), default);

        (await Journal().FindAsync(server, default)).ShouldNotBeNull().Backup.ShouldBe("new");
        (await Journal().ListAsync(default)).Count(r => r.Server == server).ShouldBe(1);
    }

    [Fact]
    public async Task ListsTheUnendedRestores_OldestFirst()
    {
        var servers = new[] { Server("mc-b"), Server("mc-a"), Server("mc-c") };
        foreach (var server in servers)
        {
            await Journal().RecordAsync(RestoreInProgress.Begin(server, "base", serverWasRunning: true, "user 1", At), default);
        }

        var listed = await Journal().ListAsync(default);

        listed.Select(r => r.Server).Where(servers.Contains).ShouldBe(servers);
    }

    private static string Server(string stem = "mc") => "local/" + ContractIds.Name(stem);
}
