using Microsoft.EntityFrameworkCore;
using ServerStatus.Application.Backups.RestoreBackup;
using ServerStatus.Domain.Backups;

namespace ServerStatus.Infrastructure.Persistence;

public sealed class EfRestoreJournal(ServerStatusDbContext db) : IRestoreJournal
{
    public async Task RecordAsync(RestoreInProgress restore, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(restore);
        if (restore.Id == 0)
        {
            // An entry of the same server left by a restore whose end was never written (it threw) is superseded.
            await db.RestoresInProgress.Where(r => r.Server == restore.Server).ExecuteDeleteAsync(ct);
            db.RestoresInProgress.Add(restore);
        }
        else if (db.Entry(restore).State == EntityState.Detached)
        {
            db.RestoresInProgress.Update(restore);
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task EndAsync(RestoreInProgress restore, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(restore);
        await db.RestoresInProgress.Where(r => r.Id == restore.Id).ExecuteDeleteAsync(ct);
        if (db.Entry(restore).State != EntityState.Detached)
        {
            db.Entry(restore).State = EntityState.Detached;
        }
    }

    public Task<RestoreInProgress?> FindAsync(string server, CancellationToken ct) =>
        db.RestoresInProgress.FirstOrDefaultAsync(r => r.Server == server, ct);

    public async Task<IReadOnlyList<RestoreInProgress>> ListAsync(CancellationToken ct) =>
        await db.RestoresInProgress.AsNoTracking().OrderBy(r => r.Id).ToListAsync(ct);
}
