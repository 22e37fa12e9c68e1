using System.Globalization;
using ServerStatus.Domain.Backups;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Backups;

/// <summary>
/// The daily retention job: deletes pre-restore and pre-update safety backups older than <paramref name="PreRestoreOlderThanDays"/>
/// days and every schedule's scheduled backups beyond its keep count. Manual backups are never touched.
/// </summary>
public sealed record PruneBackups(int PreRestoreOlderThanDays) : ICommand<Result<BackupPruneReport>>, IAdminOnly, IAuditable
{
    public string AuditArguments => PreRestoreOlderThanDays.ToString(CultureInfo.InvariantCulture);
}

public sealed class PruneBackupsValidator : AbstractValidator<PruneBackups>
{
    public PruneBackupsValidator() => RuleFor(x => x.PreRestoreOlderThanDays).InclusiveBetween(1, 3650);
}

/// <summary>Prunes server by server under each server's job lock; a busy server is skipped until the next run.</summary>
public sealed class PruneBackupsHandler(
    IBackupRepository backups,
    IBackupScheduleRepository schedules,
    BackupPruner pruner,
    ServerJobLocks locks,
    TimeProvider time) : ICommandHandler<PruneBackups, Result<BackupPruneReport>>
{
    public async ValueTask<Result<BackupPruneReport>> Handle(PruneBackups command, CancellationToken cancellationToken)
    {
        var skipped = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        var cutoff = time.GetUtcNow().AddDays(-command.PreRestoreOlderThanDays);
        var expired = 0;
        var safety = (await backups.ListCreatedBeforeAsync(BackupTrigger.PreRestore, cutoff, cancellationToken))
            .Concat(await backups.ListCreatedBeforeAsync(BackupTrigger.PreUpdate, cutoff, cancellationToken));
        foreach (var server in safety.GroupBy(b => b.Server))
        {
            expired += await UnderLockAsync(server.Key, skipped, async () =>
            {
                foreach (var record in server)
                {
                    await pruner.DeleteAsync(record, cancellationToken);
                }

                return server.Count();
            });
        }

        var beyondKeep = 0;
        foreach (var schedule in await schedules.ListAsync(cancellationToken))
        {
            beyondKeep += await UnderLockAsync(schedule.Server, skipped,
                async () => (await pruner.KeepNewestScheduledAsync(schedule.Server, schedule.Keep, cancellationToken)).Count);
        }

        return new BackupPruneReport(expired, beyondKeep, [.. skipped]);
    }

    private async Task<int> UnderLockAsync(string qualifiedServer, SortedSet<string> skipped, Func<Task<int>> prune)
    {
        var name = ServerName.Parse(qualifiedServer).Name;
        var held = locks.TryAcquire(qualifiedServer, name, ServerJob.Delete);
        if (!held.IsSuccess)
        {
            skipped.Add(name);
            return 0;
        }

        using var _ = held.Value;
        return await prune();
    }
}

/// <summary>How many backups were deleted, and the servers skipped because a backup or restore was running on them.</summary>
public sealed record BackupPruneReport(int ExpiredPreRestore, int ScheduledBeyondKeep, IReadOnlyList<string> SkippedBusy);
