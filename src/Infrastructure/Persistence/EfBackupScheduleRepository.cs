using Microsoft.EntityFrameworkCore;
using ServerStatus.Application.Backups;
using ServerStatus.Domain.Backups;

namespace ServerStatus.Infrastructure.Persistence;

public sealed class EfBackupScheduleRepository(ServerStatusDbContext db) : IBackupScheduleRepository
{
    public Task<BackupSchedule?> FindAsync(string server, CancellationToken ct) =>
        db.BackupSchedules.FirstOrDefaultAsync(s => s.Server == server, ct);

    public async Task<IReadOnlyList<BackupSchedule>> ListAsync(CancellationToken ct) =>
        await db.BackupSchedules.AsNoTracking().OrderBy(s => s.Server).ToListAsync(ct);

    public async Task AddAsync(BackupSchedule schedule, CancellationToken ct)
    {
        db.BackupSchedules.Add(schedule);
        await db.SaveChangesAsync(ct);
    }

    public async Task UpdateAsync(BackupSchedule schedule, CancellationToken ct)
    {
        if (db.Entry(schedule).State == EntityState.Detached)
        {
            db.BackupSchedules.Update(schedule);
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task RemoveAsync(BackupSchedule schedule, CancellationToken ct)
    {
        db.BackupSchedules.Remove(schedule);
        await db.SaveChangesAsync(ct);
    }
}
