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

/// <summary>The stages and byte counts that backups and restores report while they run.</summary>
public sealed class BackupProgressReportsTests
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(1000);

    private readonly InMemoryContainerEngine _engine = new();
    private readonly InMemoryContainerArchive _archive = new();
    private readonly InMemoryBackupStore _store = new();
    private readonly InMemoryBackupRepository _repository = new();
    private readonly RecordingJobProgress _progress = new();
    private readonly CurrentActor _actor = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 6, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task ReportsTheBytesWritten_OnEveryTickWhileTheTarStreams()
    {
        _archive.Export = async (tar, ct) =>
        {
            await tar.WriteAsync(new byte[1000], ct);
            _time.Advance(Tick);
            await tar.WriteAsync(new byte[500], ct);
            _time.Advance(Tick);
        };

        var result = await RunAsync(BackupTrigger.Manual);

        result.IsSuccess.ShouldBeTrue();
        _progress.Reports.ShouldBe([new(JobStages.Written, 0), new(JobStages.Written, 1000), new(JobStages.Written, 1500)]);
    }

    [Fact]
    public async Task ReportsNothingMore_WhenTheTarHasBeenWritten()
    {
        _archive.Export = (tar, ct) => tar.WriteAsync(new byte[10], ct).AsTask();
        await RunAsync(BackupTrigger.Manual);
        var reported = _progress.Reports.Count;

        _time.Advance(Tick * 5);

        _progress.Reports.Count.ShouldBe(reported);
    }

    [Fact]
    public async Task ReportsStoppingAndStarting_WhenTheServerIsStoppedDuringItsBackup()
    {
        _archive.Source = _archive.Source with { StopDuringBackup = true };

        await RunAsync(BackupTrigger.Manual);

        _progress.Reports.Select(r => r.Stage).ShouldBe([JobStages.Stopping, JobStages.Written, JobStages.Starting]);
    }

    [Fact]
    public async Task ReportsTheConsoleCommands_WhenTheServerHasSome()
    {
        _archive.Source = _archive.Source with { PreCommands = ["save-off"], PostCommands = ["save-on"] };

        await RunAsync(BackupTrigger.Manual);

        _progress.Reports.Select(r => r.Stage).ShouldBe([JobStages.PreBackupCommands, JobStages.Written, JobStages.PostBackupCommands]);
    }

    [Fact]
    public async Task ReportsThePreRestoreStage_WhenTakingASafetyBackup()
    {
        await RunAsync(BackupTrigger.PreRestore);

        _progress.Reports.ShouldBe([new(JobStages.WrittenToPreRestoreBackup, 0)]);
    }

    [Fact]
    public async Task ReportsEachStage_AndTheBytesRestoredOnEveryTick()
    {
        var id = _engine.Add("mc");
        _archive.Add(id);
        _actor.Authorize(EffectiveRights.Administrator);
        var tar = new byte[1500];
        _store.Files["mc/base.tar"] = tar;
        _repository.Records.Add(BackupRecord.Create(id.QualifiedName, "base", "mc/base.tar", ["/data"], tar.Length, InMemoryBackupStore.Hash(tar),
            TimeSpan.FromSeconds(1), BackupTrigger.Manual, "user:1", _time.GetUtcNow().AddDays(-1)));
        _archive.Replace = async (stream, ct) =>
        {
            await stream.ReadExactlyAsync(new byte[1000], ct);
            _time.Advance(Tick);
            await stream.CopyToAsync(Stream.Null, ct);
            _time.Advance(Tick);
        };

        var result = await Handler().Handle(new RestoreBackup("mc", "base"), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        _progress.Reports.ShouldBe(
        [
            new(JobStages.Verifying),
            new(JobStages.Stopping),
            new(JobStages.WrittenToPreRestoreBackup, 0),
            new(JobStages.Restored, 0),
            new(JobStages.Restored, 1000),
            new(JobStages.Restored, 1500),
            new(JobStages.Starting),
        ]);
    }

    private async Task<Result<BackupRecord>> RunAsync(BackupTrigger trigger)
    {
        var id = _engine.Add("mc", openStdin: true); // a console, for the tests with pre- and post-backup commands
        _archive.Add(id);
        var server = new ServerSummary(id, ServerState.Running, "Up", HealthStatus.None, null, "img:1", TimeSpan.FromSeconds(30));
        return await Runner().RunAsync(server, "first", trigger, "user:1", serverIsStopped: trigger == BackupTrigger.PreRestore, CancellationToken.None);
    }

    private static IOptions<BackupOptions> Settings() =>
        Options.Create(new BackupOptions { ProgressIntervalMilliseconds = (int)Tick.TotalMilliseconds, ConsoleEchoMilliseconds = 0 });

    private BackupRunner Runner() => new(TestPower.Of(_engine, _actor), _engine, _archive, _store, _repository, _progress, _time, Settings());

    private RestoreBackupHandler Handler() =>
        new(TestPower.Of(_engine, _actor), new SingleServerLookup(_engine, new ServerResolver(_actor)), new ServerJobLocks(), Runner(), _repository, _store,
            new ServerFilesReplacer(TestPower.Of(_engine, _actor), _store, _archive, _progress, Settings(), _time), new InMemoryRestoreJournal(), _actor, _progress, _time);
}
