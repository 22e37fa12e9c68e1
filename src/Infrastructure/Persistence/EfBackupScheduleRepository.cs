using Microsoft.EntityFrameworkCore;
using ServerStatus.Application.Backups;
using ServerStatus.Domain.Backups;

namespace ServerStatus.Infrastructure.Persistence;

public sealed class EfBackupScheduleRepository(ServerStatusDbContext db) : EfAggregateRepository<BackupSchedule>(db), IBackupScheduleRepository
{
    public Task<BackupSchedule?> FindAsync(string server, CancellationToken ct) =>
        Set.FirstOrDefaultAsync(s => s.Server == server, ct);

    public async Task<IReadOnlyList<BackupSchedule>> ListAsync(CancellationToken ct) =>
        await Set.AsNoTracking().OrderBy(s => s.Server).ToListAsync(ct);
}
