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

    public async Task SaveCursorAsync(EventCursor cursor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        if (db.Entry(cursor).State == EntityState.Detached)
        {
            var exists = await db.EventCursors.AsNoTracking().AnyAsync(c => c.Engine == cursor.Engine, ct);
            db.Entry(cursor).State = exists ? EntityState.Modified : EntityState.Added;
        }

        await db.SaveChangesAsync(ct);
    }

    public Task<ImageBaseline?> FindBaselineAsync(string server, CancellationToken ct) =>
        db.ImageBaselines.FirstOrDefaultAsync(b => b.Server == server, ct);

    public async Task SaveBaselineAsync(ImageBaseline baseline, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        if (db.Entry(baseline).State == EntityState.Detached)
        {
            var exists = await db.ImageBaselines.AsNoTracking().AnyAsync(b => b.Server == baseline.Server, ct);
            db.Entry(baseline).State = exists ? EntityState.Modified : EntityState.Added;
        }

        await db.SaveChangesAsync(ct);
    }
}
