using Microsoft.EntityFrameworkCore;
using ServerStatus.Application.Backups;
using ServerStatus.Domain.Backups;

namespace ServerStatus.Infrastructure.Persistence;

public sealed class EfBackupRepository(ServerStatusDbContext db) : IBackupRepository
{
    public async Task AddAsync(BackupRecord record, CancellationToken ct)
    {
        db.Backups.Add(record);
        await db.SaveChangesAsync(ct);
    }

    public Task<BackupRecord?> FindAsync(string server, string name, CancellationToken ct) =>
        db.Backups.FirstOrDefaultAsync(b => b.Server == server && b.Name == name, ct);

    public async Task<IReadOnlyList<BackupRecord>> ListAsync(string server, CancellationToken ct) =>
        await db.Backups.AsNoTracking().Where(b => b.Server == server).OrderByDescending(b => b.Id).ToListAsync(ct);

    public async Task<IReadOnlyList<BackupRecord>> ListCreatedBeforeAsync(BackupTrigger trigger, DateTimeOffset before, CancellationToken ct)
    {
        var utc = before.ToUniversalTime();
        return await db.Backups.AsNoTracking().Where(b => b.Trigger == trigger && b.CreatedAt < utc).OrderBy(b => b.Id).ToListAsync(ct);
    }

    public async Task RemoveAsync(BackupRecord record, CancellationToken ct)
    {
        // A record from a list is a detached copy; this context may already track the same row from a find.
        ArgumentNullException.ThrowIfNull(record);
        db.Backups.Remove(db.Backups.Local.FirstOrDefault(b => b.Id == record.Id) ?? record);
        await db.SaveChangesAsync(ct);
    }
}
