using Microsoft.EntityFrameworkCore;

namespace ServerStatus.Infrastructure.Persistence;

/// <summary>
/// Adding, saving and removing one aggregate, alike for every repository whose callers find an aggregate (tracked), change
/// it and save it: a detached one (made elsewhere) is attached as changed.
/// </summary>
public abstract class EfAggregateRepository<TAggregate>(ServerStatusDbContext db)
    where TAggregate : class
{
    protected DbSet<TAggregate> Set => db.Set<TAggregate>();

    public async Task AddAsync(TAggregate aggregate, CancellationToken ct)
    {
        Set.Add(aggregate);
        await db.SaveChangesAsync(ct);
    }

    public async Task UpdateAsync(TAggregate aggregate, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        if (db.Entry(aggregate).State == EntityState.Detached)
        {
            Set.Update(aggregate);
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task RemoveAsync(TAggregate aggregate, CancellationToken ct)
    {
        Set.Remove(aggregate);
        await db.SaveChangesAsync(ct);
    }
}
