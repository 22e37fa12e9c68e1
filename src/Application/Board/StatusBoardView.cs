using ServerStatus.Domain.Board;

namespace ServerStatus.Application.Board;

/// <summary>A board as <c>board create</c> and <c>board list</c> show it; <paramref name="Servers"/> is <c>*</c> alone for every server.</summary>
public sealed record StatusBoardView(long Id, ulong ChannelId, ulong CreatedBy, IReadOnlyList<string> Servers, DateTimeOffset CreatedAt, bool Disabled)
{
    public static StatusBoardView From(StatusBoard board)
    {
        ArgumentNullException.ThrowIfNull(board);
        IReadOnlyList<string> servers = board.ShowsAllServers ? [StatusBoard.AllServers] : board.Servers;
        return new(board.Id, board.ChannelId, board.CreatedBy, servers, board.CreatedAt, board.IsDisabled);
    }
}
