using Microsoft.EntityFrameworkCore;
using ServerStatus.Application.Schedules;
using ServerStatus.Domain.Schedules;

namespace ServerStatus.Infrastructure.Persistence;

public sealed class EfPowerScheduleRepository(ServerStatusDbContext db) : EfAggregateRepository<PowerSchedule>(db), IPowerScheduleRepository
{
    public Task<PowerSchedule?> FindAsync(long id, CancellationToken ct) =>
        Set.FirstOrDefaultAsync(s => s.Id == id, ct);

    public Task<PowerSchedule?> FindAsync(string server, PowerScheduleKind kind, CancellationToken ct) =>
        Set.FirstOrDefaultAsync(s => s.Server == server && s.Kind == kind, ct);

    // The kind is stored by name: ordered here, so that kinds come in the enum's order as everywhere else.
    public async Task<IReadOnlyList<PowerSchedule>> ListAsync(CancellationToken ct) =>
        [.. (await Set.AsNoTracking().ToListAsync(ct)).OrderBy(s => s.Server, StringComparer.Ordinal).ThenBy(s => s.Kind)];

    public Task ReloadAsync(PowerSchedule schedule, CancellationToken ct) => Set.Entry(schedule).ReloadAsync(ct);
}
