using ServerStatus.Domain.Board;

namespace ServerStatus.Application.Board;

/// <summary>The status boards (<c>board create</c>): where each shows, which servers, its messages.</summary>
public interface IStatusBoardStore
{
    /// <summary>Stores a new board and gives it its id.</summary>
    Task AddAsync(StatusBoard board, CancellationToken ct);

    Task<StatusBoard?> FindAsync(long id, CancellationToken ct);

    /// <summary>Every board, disabled ones too, ordered by id.</summary>
    Task<IReadOnlyList<StatusBoard>> ListAsync(CancellationToken ct);

    /// <summary>Saves the board's messages and whether it is disabled.</summary>
    Task SaveAsync(StatusBoard board, CancellationToken ct);

    /// <summary>Removes the board; false when there was none with that id.</summary>
    Task<bool> RemoveAsync(long id, CancellationToken ct);
}
