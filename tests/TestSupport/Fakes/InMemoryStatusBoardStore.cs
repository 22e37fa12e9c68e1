using ServerStatus.Application.Board;
using ServerStatus.Domain.Board;

namespace ServerStatus.TestSupport.Fakes;

/// <summary>Boards in a list; ids given as a database would (the entity's id has no public setter, so it is set by reflection).</summary>
public sealed class InMemoryStatusBoardStore : IStatusBoardStore
{
    private readonly List<StatusBoard> _boards = [];
    private long _nextId;

    public IReadOnlyList<StatusBoard> Boards => _boards;

    public Task AddAsync(StatusBoard board, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(board);
        typeof(StatusBoard).GetProperty(nameof(StatusBoard.Id))?.SetValue(board, ++_nextId);
        _boards.Add(board);
        return Task.CompletedTask;
    }

    public Task<StatusBoard?> FindAsync(long id, CancellationToken ct) => Task.FromResult(_boards.FirstOrDefault(b => b.Id == id));

    public Task<IReadOnlyList<StatusBoard>> ListAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<StatusBoard>>([.. _boards.OrderBy(b => b.Id)]);

    public Task SaveAsync(StatusBoard board, CancellationToken ct) => Task.CompletedTask; // the stored instance is the caller's

    public Task<bool> RemoveAsync(long id, CancellationToken ct) => Task.FromResult(_boards.RemoveAll(b => b.Id == id) > 0);
}
