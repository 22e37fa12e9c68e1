using ServerStatus.Application.Servers;
using ServerStatus.Domain.Backups;
using ServerStatus.Application.Watch;

namespace ServerStatus.Application.Backups.RestoreBackup;

/// <summary>
/// Verify the checksum (a damaged archive is refused before anything is touched), stop, take a
/// <c>pre-restore</c> safety backup, replace the mount contents exactly, start again if it was running.
/// When the replacement fails, the safety backup is put back and both failures are reported.
/// Each stage is reported, and while files are replaced the tar bytes read so far. Every stage is journaled before
/// it starts (<see cref="IRestoreJournal"/>), so a restore the bot did not live to finish is undone at its next start
/// (<see cref="RecoverInterruptedRestoreHandler"/>).
/// </summary>
public sealed class RestoreBackupHandler(ServerPower power, 
    SingleServerLookup lookup,
    ServerJobLocks locks,
    BackupRunner runner,
    IBackupRepository repository,
    IBackupStore store,
    ServerFilesReplacer replacer,
    IRestoreJournal journal,
    ICurrentActor actor,
    IJobProgress progress,
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

        var journaled = RestoreInProgress.Begin(server.Id.QualifiedName, record.Name, server.IsRunning, actor.Actor.ToString(), time.GetUtcNow());
        await journal.RecordAsync(journaled, cancellationToken);
        var result = await RestoreAsync(server, record, journaled, cancellationToken);
        await journal.EndAsync(journaled, CancellationToken.None);
        return result;
    }

    private async Task<Result<RestoreReport>> RestoreAsync(ServerSummary server, BackupRecord record, RestoreInProgress journaled, CancellationToken cancellationToken)
    {
        var wasRunning = journaled.ServerWasRunning;
        if (wasRunning)
        {
            progress.Report(new JobProgress(JobStages.Stopping));
            var stopped = await power.StopAsync(server.Id, server.StopTimeout, cancellationToken);
            if (!stopped.IsSuccess)
            {
                return Result<RestoreReport>.Fail(stopped.Errors);
            }
        }

        var safetyName = SafetyName();
        var safety = await runner.RunAsync(server, safetyName, BackupTrigger.PreRestore, actor.Actor.ToString(), serverIsStopped: true, cancellationToken);
        if (!safety.IsSuccess)
        {
            await replacer.StartAgainAsync(server, wasRunning);
            return Error.Failed($"Restore refused, `{server.Id.Name}` was not changed: the pre-restore safety backup failed: {safety.Errors[0].Message}", record.Name);
        }

        // From here on the restore finishes or rolls back: cancelling half-way would leave half-replaced files.
        journaled.Replacing(safetyName);
        await journal.RecordAsync(journaled, CancellationToken.None);
        var replaced = await replacer.ReplaceAsync(server, record, JobStages.Restored);
        if (!replaced.IsSuccess)
        {
            journaled.RollingBack();
            await journal.RecordAsync(journaled, CancellationToken.None);
            var rolledBack = await replacer.ReplaceAsync(server, safety.Value, JobStages.RolledBack);
            var restarted = await replacer.StartAgainAsync(server, wasRunning);
            var rollback = rolledBack.IsSuccess
                ? $"rolled back to the safety backup `{safetyName}`{(restarted ? " and started again" : "")}"
                : $"the rollback to `{safetyName}` failed too ({rolledBack.Errors[0].Message}); the server stays stopped — restore `{safetyName}` by hand";
            return Error.Failed($"Restoring `{record.Name}` on `{server.Id.Name}` failed ({replaced.Errors[0].Message}); {rollback}.", record.Name);
        }

        var started = await replacer.StartAgainAsync(server, wasRunning);
        return new RestoreReport(server.Id.Name, record.Name, safetyName, started);
    }

    private string SafetyName() => "pre-restore-" + BackupName.FromTime(time.GetUtcNow());
}
