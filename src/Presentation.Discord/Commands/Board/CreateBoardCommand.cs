using DiscordApi.Commands;
using ServerStatus.Application.Board;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Watch;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Board;

/// <summary><c>board create [#channel] [servers...|*]</c>: a board here (or in the channel named first) of the servers (none: <c>*</c>).</summary>
public sealed class CreateBoardCommand : BotCommand<CreateBoard, StatusBoardView>
{
    public override CommandInfo Info { get; } = new("board_create", "Board",
        "Posts a live status board (here unless a channel is named; all your servers unless named).",
        "board create [#channel] [servers...|*]")
    {
        Examples = ["board create", "board create #status", "board create #status mc web", "board create *"],
        SlashOptions =
        [
            new CommandOption(CommandOptionType.Channel, "channel", "Where the board goes (default: here)"),
            CommandOptions.Servers(required: false),
        ],
    };

    protected override CreateBoard Sample { get; } = new(null, ["mc"]);

    public override Result<CreateBoard> Parse(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var words = arguments.Words;
        ulong? channel = null;
        if (words.Count > 0 && Mentions.TryParseChannel(words[0], out var id))
        {
            channel = id;
            words = [.. words.Skip(1)];
        }

        return new CreateBoard(channel, words.Count == 0 ? [WatchTargets.AllServers] : words);
    }

    public override BotReply Format(StatusBoardView result) => BoardReplies.Created(result);
}
