using Microsoft.EntityFrameworkCore;
using ServerStatus.Application.Updates.UpdateServer;
using ServerStatus.Domain.Updates;

namespace ServerStatus.Infrastructure.Persistence;

public sealed class EfUpdateJournalStore(ServerStatusDbContext db) : EfAggregateRepository<UpdateJournal>(db), IUpdateJournalStore
{
    private static readonly UpdateStage[] Ended = [UpdateStage.Good, UpdateStage.RolledBack, UpdateStage.Failed, UpdateStage.Reverted];

    public Task SaveAsync(UpdateJournal journal, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(journal);
        return journal.Id == 0 ? AddAsync(journal, ct) : UpdateAsync(journal, ct);
    }

    public async Task<IReadOnlyList<UpdateJournal>> ListUnfinishedAsync(CancellationToken ct) =>
        await Set.AsNoTracking().Where(u => !Ended.Contains(u.Stage)).OrderBy(u => u.Id).ToListAsync(ct);

    public async Task<UpdateJournal?> FindLastGoodAsync(string server, DateTimeOffset since, CancellationToken ct)
    {
        // DateTimeOffset comparisons are not translated by SQLite: the few rows of one server are filtered here.
        var good = await Set.Where(u => u.Server == server && u.Stage == UpdateStage.Good && u.OldImageRemovedAt == null)
            .OrderByDescending(u => u.Id).ToListAsync(ct);
        return good.FirstOrDefault(u => u.EndedAt >= since);
    }

    public async Task<IReadOnlyList<UpdateJournal>> ListOldImagesAsync(DateTimeOffset before, CancellationToken ct) =>
        [.. (await Set.Where(u => (u.Stage == UpdateStage.Good || u.Stage == UpdateStage.Reverted) && u.OldImageRemovedAt == null).OrderBy(u => u.Id).ToListAsync(ct))
            .Where(u => u.EndedAt < before)];

    public Task<UpdateJournal?> FindAsync(long id, CancellationToken ct) => Set.FirstOrDefaultAsync(u => u.Id == id, ct);
}
