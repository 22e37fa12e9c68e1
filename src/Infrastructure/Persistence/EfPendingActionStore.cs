using Microsoft.EntityFrameworkCore;
using ServerStatus.Application.Servers.Pending;

namespace ServerStatus.Infrastructure.Persistence;

public sealed class EfPendingActionStore(ServerStatusDbContext db) : IPendingActionStore
{
    public Task<PendingPowerAction?> FindAsync(Guid id, CancellationToken ct) =>
        db.PendingPowerActions.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);

    public Task<PendingPowerAction?> FindByServerAsync(string server, CancellationToken ct) =>
        db.PendingPowerActions.AsNoTracking().FirstOrDefaultAsync(p => p.Server == server, ct);

    public async Task<IReadOnlyList<PendingPowerAction>> ListAsync(CancellationToken ct) =>
        await db.PendingPowerActions.AsNoTracking().ToListAsync(ct);

    public async Task<PendingPowerAction?> ReplaceAsync(PendingPowerAction action, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var previous = await FindByServerAsync(action.Server, ct);
        if (previous is not null)
        {
            await db.PendingPowerActions.Where(p => p.Id == previous.Id).ExecuteDeleteAsync(ct);
        }

        db.PendingPowerActions.Add(action);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.Entry(action).State = EntityState.Detached;
        return previous;
    }

    public async Task<bool> UpdateAsync(PendingPowerAction action, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(action);
        var updated = await db.PendingPowerActions.Where(p => p.Id == action.Id).ExecuteUpdateAsync(set => set
            .SetProperty(p => p.Wait, action.Wait)
            .SetProperty(p => p.DueAt, action.DueAt)
            .SetProperty(p => p.Marks, action.Marks)
            .SetProperty(p => p.AnnouncedDownToSeconds, action.AnnouncedDownToSeconds), ct);
        return updated == 1;
    }

    public async Task<bool> TryRemoveAsync(Guid id, CancellationToken ct) =>
        await db.PendingPowerActions.Where(p => p.Id == id).ExecuteDeleteAsync(ct) == 1;
}
