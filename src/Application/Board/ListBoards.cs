using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Board;

/// <summary><c>board list</c>: an admin sees every board, anyone else the boards they created.</summary>
public sealed record ListBoards : IQuery<Result<IReadOnlyList<StatusBoardView>>>, IServerScoped, IAuditable, IHasAuditName
{
    public Permission Required => Permission.Status;

    public string AuditCommand => "board list";

    public string AuditArguments => "";
}

public sealed class ListBoardsHandler(IStatusBoardStore boards, ICurrentActor actor) : IQueryHandler<ListBoards, Result<IReadOnlyList<StatusBoardView>>>
{
    public async ValueTask<Result<IReadOnlyList<StatusBoardView>>> Handle(ListBoards query, CancellationToken cancellationToken)
    {
        var all = await boards.ListAsync(cancellationToken);
        return Result<IReadOnlyList<StatusBoardView>>.Success(
            [.. all.Where(b => actor.Rights.IsAdmin || b.CreatedBy == actor.Actor.UserId).Select(StatusBoardView.From)]);
    }
}
