using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Watch;

namespace ServerStatus.Infrastructure.Persistence;

public sealed class EfIncidentStore(ServerStatusDbContext db) : IIncidentStore
{
    public Task<Incident?> FindLatestAsync(string server, CancellationToken ct) =>
        db.Incidents.Where(i => i.Server == server).OrderByDescending(i => i.OpenedAt).ThenByDescending(i => i.Id).FirstOrDefaultAsync(ct);

    public Task<Incident?> FindAsync(long id, CancellationToken ct) =>
        db.Incidents.FirstOrDefaultAsync(i => i.Id == id, ct);

    public Task<Incident?> FindOpenEngineIncidentAsync(string engine, CancellationToken ct) =>
        db.Incidents.Where(i => i.Kind == IncidentKind.EngineDown && i.Engine == engine && i.RecoveredAt == null).OrderByDescending(i => i.Id).FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<Incident>> ListByMessageAsync(ulong channelId, ulong messageId, CancellationToken ct) =>
        await db.Incidents.AsNoTracking().Where(i => i.ChannelId == channelId && i.MessageId == messageId).OrderBy(i => i.Id).ToListAsync(ct);

    public async Task<IReadOnlyList<Incident>> ListUnpostedAsync(DateTimeOffset since, CancellationToken ct) =>
        await db.Incidents.AsNoTracking().Where(i => i.ChannelId != null && i.MessageId == null && i.OpenedAt >= since).OrderBy(i => i.Id).ToListAsync(ct);

    public async Task<IReadOnlyList<Incident>> ListOfServerAsync(string server, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var (start, end) = (from.ToUniversalTime(), to.ToUniversalTime());
        return await db.Incidents.AsNoTracking().Where(i => i.Server == server && i.OpenedAt >= start && i.OpenedAt <= end).OrderBy(i => i.OpenedAt).ThenBy(i => i.Id).ToListAsync(ct);
    }

    public async Task SaveAsync(Incident incident, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(incident);
        if (incident.Id == 0)
        {
            db.Incidents.Add(incident);
        }
        else if (db.Entry(incident).State == EntityState.Detached)
        {
            db.Incidents.Update(incident);
        }

        await db.SaveChangesAsync(ct);
    }

    public Task<EventCursor?> FindCursorAsync(string engine, CancellationToken ct) =>
        db.EventCursors.FirstOrDefaultAsync(c => c.Engine == engine, ct);

    public Task SaveCursorAsync(EventCursor cursor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        return UpsertAsync(cursor, c => c.Engine == cursor.Engine, ct);
    }

    public Task<ImageBaseline?> FindBaselineAsync(string server, CancellationToken ct) =>
        db.ImageBaselines.FirstOrDefaultAsync(b => b.Server == server, ct);

    public Task SaveBaselineAsync(ImageBaseline baseline, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        return UpsertAsync(baseline, b => b.Server == baseline.Server, ct);
    }

    // A row made by another unit of work (or not yet stored) is attached as an update of its key, or as new.
    private async Task UpsertAsync<T>(T entity, Expression<Func<T, bool>> sameKey, CancellationToken ct)
        where T : class
    {
        if (db.Entry(entity).State == EntityState.Detached)
        {
            var exists = await db.Set<T>().AsNoTracking().AnyAsync(sameKey, ct);
            db.Entry(entity).State = exists ? EntityState.Modified : EntityState.Added;
        }

        await db.SaveChangesAsync(ct);
    }
}
