using ServerStatus.Application.Servers;
using ServerStatus.Domain.Backups;
using ServerStatus.Domain.Permissions;
using ServerStatus.Domain.Servers;
using ServerStatus.Application.Watch;

namespace ServerStatus.Application.Backups.RestoreBackup;

/// <summary>
/// Makes good a restore the bot was stopped in (killed, crashed, host rebooted), from its journal entry: under the
/// server's job lock, the safety backup is put back if the server's files may have been touched (the server is
/// stopped first, in case a restart policy started it), the server is started again if it ran before, and the
/// notification channel is told either way. The entry is kept only when the server's engine did not answer, so the
/// next start tries again; otherwise it ends, and a failure tells an admin what to restore by hand. A job of this
/// process that holds the server (a restore a user began before the recovery's turn, a backup) is waited for, and the
/// entry read again afterwards: a live restore's entry ends with it and is not this handler's to touch.
/// </summary>
public sealed class RecoverInterruptedRestoreHandler(ServerPower power, 
    IRestoreJournal journal,
    IBackupRepository backups,
    SingleServerLookup lookup,
    ServerJobLocks locks,
    ServerFilesReplacer replacer,
    INotifier notifier,
    TimeProvider time) : ICommandHandler<RecoverInterruptedRestore, Result<RecoveredRestore>>
{
    private static readonly TimeSpan BusyPoll = TimeSpan.FromSeconds(1);

    public async ValueTask<Result<RecoveredRestore>> Handle(RecoverInterruptedRestore command, CancellationToken cancellationToken)
    {
        var held = await AcquireAsync(command.Server, cancellationToken);
        var interrupted = await journal.FindAsync(command.Server, cancellationToken);
        if (interrupted is null)
        {
            if (held.IsSuccess)
            {
                held.Value.Dispose();
            }

            return Error.NotFound($"`{command.Server}` has no interrupted restore.", command.Server);
        }

        var result = held.IsSuccess ? await RecoverAsync(held.Value, interrupted, cancellationToken) : Result<RecoveredRestore>.Fail(held.Errors);
        if (result.IsSuccess || !result.Errors.Any(e => e.Outcome == Outcome.Unavailable))
        {
            await journal.EndAsync(interrupted, CancellationToken.None);
        }

        await notifier.NotifyAsync(
            result.IsSuccess
                ? new InterruptedRestoreRecovered(result.Value)
                : new InterruptedRestoreNotRecovered(ServerName.Parse(interrupted.Server).Name, interrupted.Backup, Reason(interrupted, result.Errors)),
            CancellationToken.None);
        return result;
    }

    // Waits while a job of this process holds the server; a failed lookup (engine down, server gone) fails at once.
    private async Task<Result<ServerLock>> AcquireAsync(string server, CancellationToken ct)
    {
        while (true)
        {
            var held = locks.TryAcquire(await lookup.FindAsync(server, Permission.Restore, ct), ServerJob.Restore);
            if (held.IsSuccess || held.Errors.Any(e => e.Outcome != Outcome.Conflict))
            {
                return held;
            }

            await Task.Delay(BusyPoll, time, ct);
        }
    }

    private async Task<Result<RecoveredRestore>> RecoverAsync(ServerLock locked, RestoreInProgress interrupted, CancellationToken ct)
    {
        using var _ = locked;
        var server = locked.Server;
        string? rolledBackTo = null;
        if (interrupted.FilesMayBeChanged)
        {
            var safety = await backups.FindAsync(interrupted.Server, interrupted.SafetyBackup!, ct);
            if (safety is null)
            {
                return Error.NotFound($"its safety backup `{interrupted.SafetyBackup}` is gone", interrupted.Server);
            }

            if (server.IsRunning)
            {
                var stopped = await power.StopAsync(server.Id, server.StopTimeout, ct);
                if (!stopped.IsSuccess)
                {
                    return Result<RecoveredRestore>.Fail(stopped.Errors);
                }
            }

            var replaced = await replacer.ReplaceAsync(server, safety, JobStages.RolledBack);
            if (!replaced.IsSuccess)
            {
                return Result<RecoveredRestore>.Fail(replaced.Errors);
            }

            rolledBackTo = safety.Name;
        }

        var running = (rolledBackTo is null && server.IsRunning) || await replacer.StartAgainAsync(server, interrupted.ServerWasRunning);
        return new RecoveredRestore(server.Id.Name, interrupted.Backup, rolledBackTo, running);
    }

    private static string Reason(RestoreInProgress interrupted, IReadOnlyList<Error> errors)
    {
        var why = string.Join(" ", errors.Select(e => e.Message.TrimEnd('.')));
        var server = ServerName.Parse(interrupted.Server).Name;
        return errors.Any(e => e.Outcome == Outcome.Unavailable)
            ? $"{why}. The bot tries again at its next start."
            : interrupted.FilesMayBeChanged
                ? $"{why}. Its files may be half-restored: restore `{interrupted.SafetyBackup}` on `{server}` by hand."
                : $"{why}. Its files were not touched.";
    }
}
