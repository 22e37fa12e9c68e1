using Microsoft.EntityFrameworkCore;
using ServerStatus.Application.Updates;
using ServerStatus.Domain.Updates;

namespace ServerStatus.Infrastructure.Persistence;

public sealed class EfPendingUpdateStore(ServerStatusDbContext db) : EfAggregateRepository<PendingUpdate>(db), IPendingUpdateStore
{
    public async Task<IReadOnlyList<PendingUpdate>> ListAsync(CancellationToken ct) =>
        await Set.AsNoTracking().OrderBy(u => u.Server).ToListAsync(ct);

    public async Task<PendingUpdate?> FindAsync(string server, CancellationToken ct) =>
        await Set.FirstOrDefaultAsync(u => u.Server == server, ct);

    public Task SaveAsync(PendingUpdate update, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(update);
        return update.Id == 0 ? AddAsync(update, ct) : UpdateAsync(update, ct);
    }

    public async Task<bool> RemoveAsync(string server, CancellationToken ct) =>
        await Set.Where(u => u.Server == server).ExecuteDeleteAsync(ct) > 0;
}
