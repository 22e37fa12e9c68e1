using Microsoft.EntityFrameworkCore;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Watch;

namespace ServerStatus.Infrastructure.Persistence;

public sealed class EfMaintenanceRepository(ServerStatusDbContext db) : IMaintenanceRepository
{
    public async Task<IReadOnlyList<MaintenanceWindow>> ListAsync(CancellationToken ct) =>
        await db.MaintenanceWindows.AsNoTracking().OrderBy(w => w.Scope).ToListAsync(ct);

    public async Task<MaintenanceWindow> StartAsync(string scope, string reason, TimeSpan? duration, ulong startedBy, DateTimeOffset at, CancellationToken ct)
    {
        var window = await db.MaintenanceWindows.FirstOrDefaultAsync(w => w.Scope == scope, ct);
        if (window is null)
        {
            window = MaintenanceWindow.Start(scope, reason, duration, startedBy, at);
            db.MaintenanceWindows.Add(window);
        }
        else
        {
            window.Restart(reason, duration, startedBy, at);
        }

        await db.SaveChangesAsync(ct);
        return window;
    }

    public async Task<MaintenanceWindow?> RemoveAsync(string scope, CancellationToken ct)
    {
        var window = await db.MaintenanceWindows.FirstOrDefaultAsync(w => w.Scope == scope, ct);
        if (window is not null)
        {
            db.MaintenanceWindows.Remove(window);
            await db.SaveChangesAsync(ct);
        }

        return window;
    }

    public async Task MarkRemindedAsync(string scope, DateTimeOffset at, CancellationToken ct)
    {
        if (await db.MaintenanceWindows.FirstOrDefaultAsync(w => w.Scope == scope, ct) is { } window)
        {
            window.MarkReminded(at);
            await db.SaveChangesAsync(ct);
        }
    }
}
