using ServerStatus.Application.Board;
using ServerStatus.Application.Common.Results;
using ServerStatus.Presentation.Discord.Commands.Watch;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Board;

/// <summary>
/// <c>board</c> / <c>board list</c>: the status boards (an admin's: all of them; anyone else's: their own). In chat the
/// first word picks a sibling — <c>board create</c>, <c>board delete</c> — each its own slash command (<c>/board_create</c>).
/// </summary>
public sealed class BoardCommand : BotCommand<ListBoards, IReadOnlyList<StatusBoardView>>
{
    private static readonly IReadOnlyList<IBotCommand> Siblings = [new CreateBoardCommand(), new DeleteBoardCommand()];

    public override CommandInfo Info { get; } = new("board", "Board", "Lists the live status boards.", "board [list]")
    {
        Examples = ["board", "board list", "board create #status mc web", "board delete 1"],
    };

    protected override ListBoards Sample { get; } = new();

    public static IReadOnlyList<IBotCommand> Family => Siblings;

    public override Result<ListBoards> Parse(CommandArguments arguments) =>
        arguments.Words.Count == 0 ? new ListBoards() : Error.Invalid("`board list` takes no arguments.");

    public override BotReply Format(IReadOnlyList<StatusBoardView> result) => BoardReplies.List(result);

    protected override IBotCommand? Subcommand(CommandArguments arguments) => WatchArguments.Sibling(this, Siblings, arguments);
}
