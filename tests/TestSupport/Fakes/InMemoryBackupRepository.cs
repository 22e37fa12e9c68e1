using ServerStatus.Application.Backups;
using ServerStatus.Domain.Backups;

namespace ServerStatus.TestSupport.Fakes;

/// <summary>
/// Backup records in the order they were added, with the semantics of the EF repository (which orders by its
/// row ids, so the later added comes first among backups made at the same time, and refuses a second backup of
/// one name for a server), held to it by <c>BackupRepositoryContract</c>.
/// </summary>
public sealed class InMemoryBackupRepository : IBackupRepository
{
    public List<BackupRecord> Records { get; } = [];

    public Task AddAsync(BackupRecord record, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (Records.Any(r => r.Server == record.Server && r.Name == record.Name))
        {
            // What the unique index on (Server, Name) does to the EF repository's insert.
            return Task.FromException(new InvalidOperationException($"{record.Server} already has a backup named {record.Name}."));
        }

        Records.Add(record);
        return Task.CompletedTask;
    }

    public Task<BackupRecord?> FindAsync(string server, string name, CancellationToken ct) =>
        Task.FromResult(Records.FirstOrDefault(r => r.Server == server && r.Name == name));

    public Task<IReadOnlyList<BackupRecord>> ListAsync(string server, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<BackupRecord>>([.. Records.Where(r => r.Server == server).Reverse()]);

    public Task<IReadOnlyList<BackupRecord>> ListCreatedBeforeAsync(BackupTrigger trigger, DateTimeOffset before, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<BackupRecord>>([.. Records.Where(r => r.Trigger == trigger && r.CreatedAt < before)]);

    public Task RemoveAsync(BackupRecord record, CancellationToken ct)
    {
        Records.Remove(record);
        return Task.CompletedTask;
    }
}
