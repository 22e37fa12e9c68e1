using ServerStatus.Application.Servers;
using ServerStatus.Domain.Backups;
using ServerStatus.Domain.Permissions;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Backups.RunScheduledBackup;

/// <summary>
/// Takes the scheduled backup under the server's job lock, prunes the scheduled backups beyond the keep count,
/// records the run on the schedule and tells the notification channel either way. Nobody waits for its answer, so it
/// also tells the channel of its own unexpected failures, under the error id that the log and the audit row get
/// (the audit behavior reuses the id of the <see cref="UnexpectedFailureException"/> it rethrows). A job whose schedule
/// is gone (removed while the job storage kept it) removes itself.
/// </summary>
public sealed class RunScheduledBackupHandler(
    IBackupScheduleRepository schedules,
    IJobScheduler scheduler,
    SingleServerLookup lookup,
    ServerJobLocks locks,
    BackupRunner runner,
    BackupPruner pruner,
    INotifier notifier,
    TimeProvider time) : ICommandHandler<RunScheduledBackup, Result<ScheduledBackupReport>>
{
    public const string Creator = "schedule";

    public async ValueTask<Result<ScheduledBackupReport>> Handle(RunScheduledBackup command, CancellationToken cancellationToken)
    {
        try
        {
            return await RunAsync(command, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var failure = ex as UnexpectedFailureException ?? new UnexpectedFailureException(ErrorIds.New(), ex);
            var reason = $"something went wrong (ref `{failure.ErrorId}`); the bot's log has the details.";
            await notifier.NotifyAsync(new ScheduledBackupFailed(ServerName.Parse(command.Server).Name, reason), CancellationToken.None);
            if (ReferenceEquals(failure, ex))
            {
                throw;
            }

            throw failure;
        }
    }

    private async Task<Result<ScheduledBackupReport>> RunAsync(RunScheduledBackup command, CancellationToken cancellationToken)
    {
        var schedule = await schedules.FindAsync(command.Server, cancellationToken);
        if (schedule is null)
        {
            scheduler.RemoveRecurring(BackupScheduleJobs.IdFor(command.Server));
            return Error.NotFound($"`{command.Server}` has no backup schedule any more; its leftover job was removed.", command.Server);
        }

        var result = await BackUpAndPruneAsync(schedule, cancellationToken);
        var at = time.GetUtcNow();
        var displayName = ServerName.Parse(schedule.Server).Name;
        if (result.IsSuccess)
        {
            schedule.RecordRun(at, succeeded: true, result.Value.Backup.Name);
            await schedules.UpdateAsync(schedule, cancellationToken);
            await notifier.NotifyAsync(new ScheduledBackupSucceeded(result.Value), cancellationToken);
        }
        else
        {
            var reason = string.Join(" ", result.Errors.Select(e => e.Message));
            schedule.RecordRun(at, succeeded: false, reason);
            await schedules.UpdateAsync(schedule, cancellationToken);
            await notifier.NotifyAsync(new ScheduledBackupFailed(displayName, reason), cancellationToken);
        }

        return result;
    }

    private async Task<Result<ScheduledBackupReport>> BackUpAndPruneAsync(BackupSchedule schedule, CancellationToken ct)
    {
        var held = locks.TryAcquire(await lookup.FindAsync(schedule.Server, Permission.Backup, ct), ServerJob.Backup);
        if (!held.IsSuccess)
        {
            return Result<ScheduledBackupReport>.Fail(held.Errors);
        }

        using var server = held.Value;
        var name = await runner.FreeNameAsync(schedule.Server, BackupName.FromTime(time.GetUtcNow()), ct);
        var record = await runner.RunAsync(server.Server, name, BackupTrigger.Scheduled, Creator, serverIsStopped: false, ct);
        if (!record.IsSuccess)
        {
            return Result<ScheduledBackupReport>.Fail(record.Errors);
        }

        var pruned = await pruner.KeepNewestScheduledAsync(schedule.Server, schedule.Keep, ct);
        return new ScheduledBackupReport(BackupView.From(record.Value), pruned, schedule.Keep);
    }
}
