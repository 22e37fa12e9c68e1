using ServerStatus.Domain.Backups;

namespace ServerStatus.Application.Backups;

/// <summary>Deletes backups: the record first, then the file, so a failure leaves at worst a stray file, never a record without its archive.</summary>
public sealed class BackupPruner(IBackupRepository repository, IBackupStore store)
{
    public async Task DeleteAsync(BackupRecord record, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(record);
        await repository.RemoveAsync(record, ct);
        store.Delete(record.File);
    }

    /// <summary>Deletes the server's scheduled backups beyond the newest <paramref name="keep"/>; manual and pre-restore ones are never touched.</summary>
    public async Task<IReadOnlyList<string>> KeepNewestScheduledAsync(string qualifiedServer, int keep, CancellationToken ct)
    {
        var surplus = (await repository.ListAsync(qualifiedServer, ct))
            .Where(b => b.Trigger == BackupTrigger.Scheduled)
            .Skip(keep)
            .ToList();
        foreach (var record in surplus)
        {
            await DeleteAsync(record, ct);
        }

        return [.. surplus.Select(b => b.Name)];
    }
}
