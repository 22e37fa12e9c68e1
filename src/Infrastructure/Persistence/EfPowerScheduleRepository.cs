using Microsoft.EntityFrameworkCore;
using ServerStatus.Application.Schedules;
using ServerStatus.Domain.Schedules;

namespace ServerStatus.Infrastructure.Persistence;

public sealed class EfPowerScheduleRepository(ServerStatusDbContext db) : IPowerScheduleRepository
{
    public Task<PowerSchedule?> FindAsync(long id, CancellationToken ct) =>
        db.PowerSchedules.FirstOrDefaultAsync(s => s.Id == id, ct);

    public Task<PowerSchedule?> FindAsync(string server, PowerScheduleKind kind, CancellationToken ct) =>
        db.PowerSchedules.FirstOrDefaultAsync(s => s.Server == server && s.Kind == kind, ct);

    public async Task<IReadOnlyList<PowerSchedule>> ListAsync(CancellationToken ct) =>
        await db.PowerSchedules.AsNoTracking().OrderBy(s => s.Server).ThenBy(s => s.Kind).ToListAsync(ct);

    public async Task AddAsync(PowerSchedule schedule, CancellationToken ct)
    {
        db.PowerSchedules.Add(schedule);
        await db.SaveChangesAsync(ct);
    }

    public async Task UpdateAsync(PowerSchedule schedule, CancellationToken ct)
    {
        if (db.Entry(schedule).State == EntityState.Detached)
        {
            db.PowerSchedules.Update(schedule);
        }

        await db.SaveChangesAsync(ct);
    }

    public Task ReloadAsync(PowerSchedule schedule, CancellationToken ct) => db.Entry(schedule).ReloadAsync(ct);

    public async Task RemoveAsync(PowerSchedule schedule, CancellationToken ct)
    {
        db.PowerSchedules.Remove(schedule);
        await db.SaveChangesAsync(ct);
    }
}
