using System.Globalization;
using ServerStatus.Application.Board;
using ServerStatus.Application.Common.Results;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Board;

/// <summary><c>board delete &lt;id&gt;</c>: the board is no longer updated (by its creator or an admin).</summary>
public sealed class DeleteBoardCommand : BotCommand<DeleteBoard, StatusBoardView>
{
    public override CommandInfo Info { get; } = new("board_delete", "Board", "Stops updating a status board.", "board delete <id>")
    {
        Examples = ["board delete 1"],
        SlashOptions = [new DiscordApi.Commands.CommandOption(DiscordApi.Commands.CommandOptionType.Integer, "id", "The board's number (`board list`)") { Required = true }],
    };

    protected override DeleteBoard Sample { get; } = new(1);

    public override Result<DeleteBoard> Parse(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return arguments.Words is [var word] && long.TryParse(word.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? new DeleteBoard(id)
            : Error.Invalid("Name the board by its number: `board delete 1` (`board list` shows them).");
    }

    public override BotReply Format(StatusBoardView result) => BoardReplies.Deleted(result);
}
