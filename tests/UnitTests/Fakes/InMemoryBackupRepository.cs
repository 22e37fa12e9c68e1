using ServerStatus.Application.Backups;
using ServerStatus.Domain.Backups;

namespace ServerStatus.UnitTests.Fakes;

public sealed class InMemoryBackupRepository : IBackupRepository
{
    public List<BackupRecord> Records { get; } = [];

    public Task AddAsync(BackupRecord record, CancellationToken ct)
    {
        Records.Add(record);
        return Task.CompletedTask;
    }

    public Task<BackupRecord?> FindAsync(string server, string name, CancellationToken ct) =>
        Task.FromResult(Records.FirstOrDefault(r => r.Server == server && r.Name == name));

    public Task<IReadOnlyList<BackupRecord>> ListAsync(string server, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<BackupRecord>>([.. Records.Where(r => r.Server == server).OrderByDescending(r => r.CreatedAt)]);

    public Task<IReadOnlyList<BackupRecord>> ListCreatedBeforeAsync(BackupTrigger trigger, DateTimeOffset before, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<BackupRecord>>([.. Records.Where(r => r.Trigger == trigger && r.CreatedAt < before).OrderBy(r => r.CreatedAt)]);

    public Task RemoveAsync(BackupRecord record, CancellationToken ct)
    {
        Records.Remove(record);
        return Task.CompletedTask;
    }
}
