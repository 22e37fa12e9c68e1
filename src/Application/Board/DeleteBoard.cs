using System.Globalization;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Board;

/// <summary><c>board delete &lt;id&gt;</c>: by its creator or an admin (anyone else's board is as missing as no board).</summary>
public sealed record DeleteBoard(long Id) : ICommand<Result<StatusBoardView>>, IServerScoped, IAuditable, IHasAuditName
{
    public Permission Required => Permission.Status;

    public string AuditCommand => "board delete";

    public string AuditArguments => Id.ToString(CultureInfo.InvariantCulture);
}

public sealed class DeleteBoardValidator : AbstractValidator<DeleteBoard>
{
    public DeleteBoardValidator() => RuleFor(x => x.Id).GreaterThan(0).WithMessage("Name the board by its number, as `board list` shows it.");
}

/// <summary>Forgets the board; its messages stay in the channel (the board service no longer updates them) and can be deleted there.</summary>
public sealed class DeleteBoardHandler(IStatusBoardStore boards, ICurrentActor actor) : ICommandHandler<DeleteBoard, Result<StatusBoardView>>
{
    public async ValueTask<Result<StatusBoardView>> Handle(DeleteBoard command, CancellationToken cancellationToken)
    {
        var board = await boards.FindAsync(command.Id, cancellationToken);
        if (board is null || (!actor.Rights.IsAdmin && board.CreatedBy != actor.Actor.UserId))
        {
            return Error.NotFound(string.Create(CultureInfo.InvariantCulture, $"No board #{command.Id} of yours: `board list` shows them."));
        }

        await boards.RemoveAsync(board.Id, cancellationToken);
        return StatusBoardView.From(board);
    }
}
