using Microsoft.EntityFrameworkCore;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Watch;

namespace ServerStatus.Infrastructure.Persistence;

public sealed class EfAlertMuteRepository(ServerStatusDbContext db) : IAlertMuteRepository
{
    public async Task<IReadOnlyList<AlertMute>> ListAsync(CancellationToken ct) =>
        await db.AlertMutes.AsNoTracking().OrderBy(m => m.Server).ToListAsync(ct);

    public async Task<AlertMute> MuteAsync(string server, TimeSpan duration, ulong mutedBy, DateTimeOffset at, CancellationToken ct)
    {
        var mute = await db.AlertMutes.FirstOrDefaultAsync(m => m.Server == server, ct);
        if (mute is null)
        {
            mute = AlertMute.Create(server, duration, mutedBy, at);
            db.AlertMutes.Add(mute);
        }
        else
        {
            mute.Change(duration, mutedBy, at);
        }

        await db.SaveChangesAsync(ct);
        return mute;
    }

    public async Task<bool> RemoveAsync(string server, CancellationToken ct) =>
        await db.AlertMutes.Where(m => m.Server == server).ExecuteDeleteAsync(ct) > 0;

    public Task<int> RemoveEndedAsync(DateTimeOffset now, CancellationToken ct) =>
        db.AlertMutes.Where(m => m.Until <= now).ExecuteDeleteAsync(ct);
}
