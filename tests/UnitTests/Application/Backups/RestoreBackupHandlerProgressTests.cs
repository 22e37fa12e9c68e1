using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ServerStatus.Application.Backups.Common;
using ServerStatus.Application.Backups.RestoreBackup;
using ServerStatus.Application.Common.Progress;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Servers.Common;
using ServerStatus.Domain.Backups;
using ServerStatus.Domain.Permissions;
using ServerStatus.UnitTests.Fakes;

namespace ServerStatus.UnitTests.Application.Backups;

public sealed class RestoreBackupHandlerProgressTests
{
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);

    private readonly InMemoryContainerEngine _engine = new();
    private readonly InMemoryContainerArchive _archive = new();
    private readonly InMemoryBackupStore _store = new();
    private readonly InMemoryBackupRepository _repository = new();
    private readonly RecordingJobProgress _progress = new();
    private readonly CurrentActor _actor = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 6, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task ReportsEachStage_AndTheBytesRestoredOnEveryTick()
    {
        var id = _engine.Add("mc");
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

        var result = await Handler().Handle(new ServerStatus.Application.Backups.RestoreBackup.RestoreBackup("mc", "base"), CancellationToken.None);

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

    private RestoreBackupHandler Handler()
    {
        var options = Options.Create(new BackupOptions { ProgressIntervalMilliseconds = (int)Tick.TotalMilliseconds });
        var runner = new BackupRunner(_engine, _archive, _store, _repository, _progress, _time, options);
        return new RestoreBackupHandler(new SingleServerLookup(_engine, new ServerResolver(_actor)), new ServerJobLocks(), runner, _repository, _store,
            _archive, _engine, _actor, _progress, options, _time);
    }
}
