using Microsoft.EntityFrameworkCore;
using ServerStatus.Application.Board;
using ServerStatus.Domain.Board;

namespace ServerStatus.Infrastructure.Persistence;

public sealed class EfStatusBoardStore(ServerStatusDbContext db) : IStatusBoardStore
{
    public async Task AddAsync(StatusBoard board, CancellationToken ct)
    {
        db.StatusBoards.Add(board);
        await db.SaveChangesAsync(ct);
    }

    public async Task<StatusBoard?> FindAsync(long id, CancellationToken ct) =>
        await db.StatusBoards.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct);

    public async Task<IReadOnlyList<StatusBoard>> ListAsync(CancellationToken ct) =>
        await db.StatusBoards.AsNoTracking().OrderBy(b => b.Id).ToListAsync(ct);

    public async Task SaveAsync(StatusBoard board, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(board);
        await db.StatusBoards.Where(b => b.Id == board.Id).ExecuteUpdateAsync(
            set => set.SetProperty(b => b.MessageIdsText, board.MessageIdsText).SetProperty(b => b.DisabledAt, board.DisabledAt), ct);
    }

    public async Task<bool> RemoveAsync(long id, CancellationToken ct) =>
        await db.StatusBoards.Where(b => b.Id == id).ExecuteDeleteAsync(ct) > 0;
}
