using Microsoft.EntityFrameworkCore;
using ServerStatus.Application.Updates;
using ServerStatus.Domain.Updates;

namespace ServerStatus.Infrastructure.Persistence;

public sealed class EfPendingUpdateStore(ServerStatusDbContext db) : IPendingUpdateStore
{
    public async Task<IReadOnlyList<PendingUpdate>> ListAsync(CancellationToken ct) =>
        await db.PendingUpdates.AsNoTracking().OrderBy(u => u.Server).ToListAsync(ct);

    public async Task<PendingUpdate?> FindAsync(string server, CancellationToken ct) =>
        await db.PendingUpdates.FirstOrDefaultAsync(u => u.Server == server, ct);

    public async Task SaveAsync(PendingUpdate update, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (update.Id == 0)
        {
            db.PendingUpdates.Add(update);
        }
        else if (db.Entry(update).State == EntityState.Detached)
        {
            db.PendingUpdates.Update(update);
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task<bool> RemoveAsync(string server, CancellationToken ct) =>
        await db.PendingUpdates.Where(u => u.Server == server).ExecuteDeleteAsync(ct) > 0;
}
