using System.Globalization;
using DiscordApi.Messages;
using ServerStatus.Application.Board;
using ServerStatus.Domain.Board;

namespace ServerStatus.Presentation.Discord.Replies;

/// <summary>The replies to <c>board create</c>, <c>board list</c> and <c>board delete</c> (the board itself: <c>BoardRenderer</c>).</summary>
public static class BoardReplies
{
    public static BotReply Created(StatusBoardView board)
    {
        ArgumentNullException.ThrowIfNull(board);
        return Text($"📋 Status board #{board.Id} of {Servers(board)} is being posted in <#{board.ChannelId}> and kept up to date. `board delete {board.Id}` removes it.");
    }

    public static BotReply Deleted(StatusBoardView board)
    {
        ArgumentNullException.ThrowIfNull(board);
        return Text($"🗑️ Status board #{board.Id} in <#{board.ChannelId}> is no longer updated; its messages stay until someone deletes them.");
    }

    public static BotReply List(IReadOnlyList<StatusBoardView> boards)
    {
        ArgumentNullException.ThrowIfNull(boards);
        if (boards.Count == 0)
        {
            return Text("📋 No status boards yet: `board create [#channel] [servers...|*]` posts one.");
        }

        var lines = boards.Select(b => Invariant(
            $"{(b.Disabled ? "⏸️" : "📋")} **#{b.Id}** in <#{b.ChannelId}> — {Servers(b)}, by <@{b.CreatedBy}> {HumanTime.Moment(b.CreatedAt)}{(b.Disabled ? " — disabled: the bot may not post there" : "")}"));
        return new BotReply(LineEmbeds.Build("Status boards", lines, ReplyColors.Info, Counted.Of(boards.Count, "board")));
    }

    private static string Servers(StatusBoardView board) =>
        board.Servers is [StatusBoard.AllServers] ? "all servers" : ErrorReplies.Fit(string.Join(", ", board.Servers.Select(s => $"`{s}`")), 1000);

    private static BotReply Text(string text) => BotReply.Of(new OutgoingMessage { Content = text });

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
