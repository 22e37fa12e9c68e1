using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Backups.RestoreBackup;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Servers;
using ServerStatus.Domain.Backups;
using ServerStatus.Domain.Permissions;
using ServerStatus.Domain.Servers;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Application.Backups;

/// <summary>
/// A restore journals each stage before it starts, and a restore the bot did not live to finish is made good from its
/// journal entry at the next start: files put back from the safety backup, the server running as before, admins told.
/// </summary>
public sealed class RestoreJournalTests
{
    private static readonly byte[] Original = "the world as it was"u8.ToArray();

    private readonly InMemoryContainerEngine _engine = new();
    private readonly InMemoryContainerArchive _archive = new();
    private readonly InMemoryBackupStore _store = new();
    private readonly InMemoryBackupRepository _backups = new();
    private readonly InMemoryRestoreJournal _journal = new();
    private readonly RecordingNotifier _notifier = new(channelId: 42);
    private readonly CurrentActor _actor = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero));
    private readonly ServerJobLocks _locks = new();

    public RestoreJournalTests() => _actor.Authorize(EffectiveRights.Administrator);

    [Fact]
    public async Task JournalsEachStageBeforeItStarts_AndEndsTheEntry_WhenTheRestoreSucceeds()
    {
        var id = ServerWithFiles("mc", ServerState.Running);
        await BackUpAsync(id, "base", BackupTrigger.Manual);

        var result = await RestoreHandler().Handle(new RestoreBackup("mc", "base"), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        _journal.History.ShouldBe(
        [
            ("local/mc", RestoreStage.Preparing, null),
            ("local/mc", RestoreStage.Replacing, result.Value.SafetyBackup),
        ]);
        _journal.Entries.ShouldBeEmpty();
    }

    [Fact]
    public async Task JournalsTheRollback_WhenTheReplacementFails()
    {
        var id = ServerWithFiles("mc", ServerState.Running);
        await BackUpAsync(id, "base", BackupTrigger.Manual);
        var replaces = 0;
        _archive.Replace = (_, _) => ++replaces == 1 ? throw new IOException("the engine dropped the upload") : Task.CompletedTask;

        await Should.ThrowAsync<IOException>(RestoreHandler().Handle(new RestoreBackup("mc", "base"), CancellationToken.None).AsTask());

        // An unexpected failure half-way leaves the entry: the next start puts the safety backup back.
        _journal.Entries.ShouldHaveSingleItem().Stage.ShouldBe(RestoreStage.Replacing);
    }

    [Fact]
    public async Task PutsTheSafetyBackupBack_AndStartsTheServer_WhenTheBotDiedWhileReplacingFiles()
    {
        var id = ServerWithFiles("mc", ServerState.Exited);
        var safety = await BackUpAsync(id, "pre-restore-2026-12-03T12-00-00Z", BackupTrigger.PreRestore);
        _archive.Add(id, new Dictionary<string, byte[]> { ["/data/half-restored"] = [1, 2, 3] });
        Interrupted(id, wasRunning: true, RestoreStage.Replacing, safety.Name);

        var result = await RecoveryHandler().Handle(new RecoverInterruptedRestore("local/mc"), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        result.Value.ShouldBe(new RecoveredRestore("mc", "base", safety.Name, Running: true));
        _archive.FilesOf(id).Keys.ShouldBe(["/data/world"]);
        _archive.FilesOf(id)["/data/world"].ShouldBe(Original);
        _engine.StateOf("mc").ShouldBe(ServerState.Running);
        _journal.Entries.ShouldBeEmpty();
        _notifier.Posted.ShouldHaveSingleItem().ShouldBeOfType<InterruptedRestoreRecovered>().Recovery.ShouldBe(result.Value);
    }

    [Fact]
    public async Task StopsTheServerFirst_WhenSomethingStartedItAfterTheBotDied()
    {
        var id = ServerWithFiles("mc", ServerState.Running); // e.g. a restart policy started it again
        var safety = await BackUpAsync(id, "pre-restore-2026-12-03T12-00-00Z", BackupTrigger.PreRestore);
        Interrupted(id, wasRunning: false, RestoreStage.RollingBack, safety.Name);

        var result = await RecoveryHandler().Handle(new RecoverInterruptedRestore("local/mc"), CancellationToken.None);

        result.Value.Running.ShouldBeFalse(); // it did not run before the restore
        _engine.Actions.ShouldContain("stop 30s local/mc");
        _engine.StateOf("mc").ShouldBe(ServerState.Exited);
    }

    [Fact]
    public async Task OnlyStartsTheServerAgain_WhenTheBotDiedBeforeTouchingItsFiles()
    {
        var id = ServerWithFiles("mc", ServerState.Exited);
        Interrupted(id, wasRunning: true, RestoreStage.Preparing, safety: null);
        _archive.Replace = (_, _) => throw new InvalidOperationException("nothing may be replaced");

        var result = await RecoveryHandler().Handle(new RecoverInterruptedRestore("local/mc"), CancellationToken.None);

        result.Value.ShouldBe(new RecoveredRestore("mc", "base", RolledBackTo: null, Running: true));
        _archive.FilesOf(id)["/data/world"].ShouldBe(Original);
        _journal.Entries.ShouldBeEmpty();
    }

    [Fact]
    public async Task KeepsTheEntryForTheNextStart_WhenTheEngineDoesNotAnswer()
    {
        var id = ServerWithFiles("mc", ServerState.Exited);
        Interrupted(id, wasRunning: true, RestoreStage.Replacing, "pre-restore-2026-12-03T12-00-00Z");
        _engine.MarkDown("local");

        var result = await RecoveryHandler().Handle(new RecoverInterruptedRestore("local/mc"), CancellationToken.None);

        result.IsSuccess.ShouldBeFalse();
        _journal.Entries.ShouldHaveSingleItem();
        _notifier.Posted.ShouldHaveSingleItem().ShouldBeOfType<InterruptedRestoreNotRecovered>().Reason.ShouldEndWith("The bot tries again at its next start.");
    }

    [Fact]
    public async Task LeavesALiveRestoreAlone_WaitingForItInsteadOfEndingItsEntry()
    {
        // A restore a user began before the recovery's turn: it holds the server and its journal entry is its own.
        var id = ServerWithFiles("mc", ServerState.Exited);
        Interrupted(id, wasRunning: true, RestoreStage.Replacing, "pre-restore-2026-12-03T12-00-00Z");
        var live = _locks.TryAcquire(id, ServerJob.Restore).Value;

        var recovery = RecoveryHandler().Handle(new RecoverInterruptedRestore("local/mc"), CancellationToken.None).AsTask();
        await Task.Yield();
        recovery.IsCompleted.ShouldBeFalse("the recovery waits for the live restore");
        _journal.Entries.ShouldHaveSingleItem();
        _journal.Entries.Clear(); // the live restore ends its entry, then lets go of the server
        live.Dispose();
        _time.Advance(TimeSpan.FromSeconds(1));
        var result = await recovery;

        result.Errors.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.NotFound);
        _notifier.Posted.ShouldBeEmpty();
        _archive.FilesOf(id)["/data/world"].ShouldBe(Original);
    }

    [Fact]
    public async Task TellsWhatToRestoreByHand_WhenTheSafetyBackupIsGone()
    {
        var id = ServerWithFiles("mc", ServerState.Exited);
        Interrupted(id, wasRunning: true, RestoreStage.Replacing, "pre-restore-2026-12-03T12-00-00Z");

        var result = await RecoveryHandler().Handle(new RecoverInterruptedRestore("local/mc"), CancellationToken.None);

        result.IsSuccess.ShouldBeFalse();
        _journal.Entries.ShouldBeEmpty();
        var told = _notifier.Posted.ShouldHaveSingleItem().ShouldBeOfType<InterruptedRestoreNotRecovered>();
        (told.Server, told.Backup).ShouldBe(("mc", "base"));
        told.Reason.ShouldBe("its safety backup `pre-restore-2026-12-03T12-00-00Z` is gone. Its files may be half-restored: restore `pre-restore-2026-12-03T12-00-00Z` on `mc` by hand.");
    }

    private ServerId ServerWithFiles(string name, ServerState state)
    {
        var id = _engine.Add(name, state);
        _archive.Add(id, new Dictionary<string, byte[]> { ["/data/world"] = Original });
        return id;
    }

    private async Task<BackupRecord> BackUpAsync(ServerId id, string name, BackupTrigger trigger)
    {
        var server = new ServerSummary(id, ServerState.Exited, "Exited", HealthStatus.None, 0, "img:1", TimeSpan.FromSeconds(30));
        return (await Runner().RunAsync(server, name, trigger, "user 1", serverIsStopped: true, CancellationToken.None)).Value;
    }

    private void Interrupted(ServerId id, bool wasRunning, RestoreStage stage, string? safety)
    {
        var entry = RestoreInProgress.Begin(id.QualifiedName, "base", wasRunning, "user 1", _time.GetUtcNow());
        if (stage != RestoreStage.Preparing)
        {
            entry.Replacing(safety!);
        }

        if (stage == RestoreStage.RollingBack)
        {
            entry.RollingBack();
        }

        _journal.Entries.Add(entry);
    }

    private static IOptions<BackupOptions> Settings() => Options.Create(new BackupOptions { ConsoleEchoMilliseconds = 0 });

    private BackupRunner Runner() => new(TestPower.Of(_engine, _actor), _engine, _archive, _store, _backups, new RecordingJobProgress(), _time, Settings());

    private ServerFilesReplacer Replacer() => new(TestPower.Of(_engine, _actor), _store, _archive, new RecordingJobProgress(), Settings(), _time);

    private SingleServerLookup Lookup() => new(_engine, new ServerResolver(_actor));

    private RestoreBackupHandler RestoreHandler() =>
        new(TestPower.Of(_engine, _actor), Lookup(), new ServerJobLocks(), Runner(), _backups, _store, Replacer(), _journal, _actor, new RecordingJobProgress(), _time);

    private RecoverInterruptedRestoreHandler RecoveryHandler() =>
        new(TestPower.Of(_engine, _actor), _journal, _backups, Lookup(), _locks, Replacer(), _notifier, _time);
}
