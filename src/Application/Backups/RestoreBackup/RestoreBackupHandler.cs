using Microsoft.Extensions.Options;
using ServerStatus.Application.Servers;
using ServerStatus.Domain.Backups;

namespace ServerStatus.Application.Backups.RestoreBackup;

/// <summary>
/// Verify the checksum (a damaged archive is refused before anything is touched), stop, take a
/// <c>pre-restore</c> safety backup, replace the mount contents exactly, start again if it was running.
/// When the replacement fails, the safety backup is put back and both failures are reported.
/// Each stage is reported, and while files are replaced the tar bytes read so far.
/// </summary>
public sealed class RestoreBackupHandler(
    SingleServerLookup lookup,
    ServerJobLocks locks,
    BackupRunner runner,
    IBackupRepository repository,
    IBackupStore store,
    IContainerArchive archive,
    IContainerEngine engine,
    ICurrentActor actor,
    IJobProgress progress,
    IOptions<BackupOptions> options,
    TimeProvider time) : ICommandHandler<RestoreBackup, Result<RestoreReport>>
{
    public async ValueTask<Result<RestoreReport>> Handle(RestoreBackup command, CancellationToken cancellationToken)
    {
        var held = locks.TryAcquire(await lookup.FindAsync(command.Server, command.Required, cancellationToken), ServerJob.Restore);
        if (!held.IsSuccess)
        {
            return Result<RestoreReport>.Fail(held.Errors);
        }

        using var locked = held.Value;
        var server = locked.Server;
        var record = await repository.FindAsync(server.Id.QualifiedName, command.Name, cancellationToken);
        if (record is null)
        {
            return MissingBackup.Of(server.Id.Name, command.Name);
        }

        progress.Report(new JobProgress(JobStages.Verifying));
        var verified = await store.VerifyAsync(record.File, record.Sha256, cancellationToken);
        if (!verified.IsSuccess)
        {
            return Error.Conflict($"Restore refused, `{server.Id.Name}` was not touched: {verified.Errors[0].Message}", command.Name);
        }

        var wasRunning = server.IsRunning;
        if (wasRunning)
        {
            progress.Report(new JobProgress(JobStages.Stopping));
            var stopped = await engine.StopAsync(server.Id, server.StopTimeout, cancellationToken);
            if (!stopped.IsSuccess)
            {
                return Result<RestoreReport>.Fail(stopped.Errors);
            }
        }

        var safetyName = SafetyName();
        var safety = await runner.RunAsync(server, safetyName, BackupTrigger.PreRestore, actor.Actor.ToString(), serverIsStopped: true, cancellationToken);
        if (!safety.IsSuccess)
        {
            await StartAgainAsync(server, wasRunning);
            return Error.Failed($"Restore refused, `{server.Id.Name}` was not changed: the pre-restore safety backup failed: {safety.Errors[0].Message}", command.Name);
        }

        // From here on the restore finishes or rolls back: cancelling half-way would leave half-replaced files.
        var replaced = await ReplaceAsync(server, record, JobStages.Restored, CancellationToken.None);
        if (!replaced.IsSuccess)
        {
            var rolledBack = await ReplaceAsync(server, safety.Value, JobStages.RolledBack, CancellationToken.None);
            var restarted = await StartAgainAsync(server, wasRunning);
            var rollback = rolledBack.IsSuccess
                ? $"rolled back to the safety backup `{safetyName}`{(restarted ? " and started again" : "")}"
                : $"the rollback to `{safetyName}` failed too ({rolledBack.Errors[0].Message}); the server stays stopped — restore `{safetyName}` by hand";
            return Error.Failed($"Restoring `{record.Name}` on `{server.Id.Name}` failed ({replaced.Errors[0].Message}); {rollback}.", command.Name);
        }

        var started = await StartAgainAsync(server, wasRunning);
        return new RestoreReport(server.Id.Name, record.Name, safetyName, started);
    }

    private string SafetyName() => "pre-restore-" + BackupName.FromTime(time.GetUtcNow());

    private async Task<Result> ReplaceAsync(ServerSummary server, BackupRecord record, string stage, CancellationToken ct)
    {
        var opened = store.OpenRead(record.File);
        if (!opened.IsSuccess)
        {
            return Result.Fail(opened.Errors);
        }

        await using var tar = new CountingReadStream(opened.Value);
        using var ticker = ProgressTicker.Start(progress, time, TimeSpan.FromMilliseconds(options.Value.ProgressIntervalMilliseconds), stage, () => tar.BytesRead);
        return await archive.ReplaceAsync(server.Id, record.PathList, tar, ct);
    }

    private async Task<bool> StartAgainAsync(ServerSummary server, bool wasRunning)
    {
        if (!wasRunning)
        {
            return false;
        }

        progress.Report(new JobProgress(JobStages.Starting));
        var started = await engine.StartAsync(server.Id, CancellationToken.None);
        return started.IsSuccess;
    }
}
