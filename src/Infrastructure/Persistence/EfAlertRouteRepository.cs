using Microsoft.EntityFrameworkCore;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Watch;

namespace ServerStatus.Infrastructure.Persistence;

public sealed class EfAlertRouteRepository(ServerStatusDbContext db) : IAlertRouteRepository
{
    public async Task<IReadOnlyList<AlertRoute>> ListAsync(CancellationToken ct) =>
        await db.AlertRoutes.AsNoTracking().OrderBy(r => r.Scope).ToListAsync(ct);

    public async Task SetAsync(string scope, ulong? channelId, ulong setBy, DateTimeOffset at, CancellationToken ct)
    {
        if (await db.AlertRoutes.FirstOrDefaultAsync(r => r.Scope == scope, ct) is { } route)
        {
            route.Change(channelId, setBy, at);
        }
        else
        {
            db.AlertRoutes.Add(AlertRoute.Create(scope, channelId, setBy, at));
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task<bool> RemoveAsync(string scope, CancellationToken ct) =>
        await db.AlertRoutes.Where(r => r.Scope == scope).ExecuteDeleteAsync(ct) > 0;
}
