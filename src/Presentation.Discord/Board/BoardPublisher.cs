using System.Collections.Concurrent;
using System.Globalization;
using DiscordApi.Messages;
using DiscordApi.Rest;
using ServerStatus.Application.Board;
using ServerStatus.Domain.Board;

namespace ServerStatus.Presentation.Discord.Board;

/// <summary>
/// Shows a board in its channel: posts its messages, edits them when what they show changed (never when it did not:
/// each board's last sent messages are remembered), reposts from a message someone deleted (10008) or that Discord no
/// longer lets the bot edit (30046, the old one is deleted) onwards so the messages stay in order, and gives up on a
/// channel that refuses the bot (403, 10003), telling the board's creator by DM.
/// </summary>
public sealed partial class BoardPublisher(IDiscordRest rest, TimeProvider time, ILogger<BoardPublisher> logger)
{
    /// <summary>Discord's code for an edit refused because the message is old and was edited too often.</summary>
    public const int TooManyEditsOfOldMessage = 30046;

    private const int UnknownChannel = 10003;

    private readonly ConcurrentDictionary<long, Shown> _shown = new();

    public async Task<BoardUpdate> PublishAsync(BoardContent content, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        var board = content.Board;
        var ids = board.MessageIds;
        if (_shown.TryGetValue(board.Id, out var shown) && shown.MessageIds.SequenceEqual(ids)
            && Fingerprints(BoardRenderer.Render(content, shown.UpdatedAt)).SequenceEqual(shown.Fingerprints))
        {
            return new BoardUpdate(BoardUpdateKind.Unchanged, ids);
        }

        var now = time.GetUtcNow();
        var messages = BoardRenderer.Render(content, now);
        try
        {
            var sent = await SendAsync(board, ids, messages, ct);
            _shown[board.Id] = new Shown(sent, Fingerprints(messages), now);
            return new BoardUpdate(BoardUpdateKind.Sent, sent);
        }
        catch (DiscordApiException ex) when (ex.Kind == DiscordErrorKind.MissingAccess || ex.ErrorCode == UnknownChannel)
        {
            _shown.TryRemove(board.Id, out _);
            LogDisabled(board.Id, board.ChannelId, ex.Kind);
            await TellCreatorAsync(board, ct);
            return new BoardUpdate(BoardUpdateKind.Disabled, ids);
        }
    }

    /// <summary>Forgets what was shown of a board (deleted, or its messages changed elsewhere).</summary>
    public void Forget(long boardId) => _shown.TryRemove(boardId, out _);

    private async Task<IReadOnlyList<ulong>> SendAsync(StatusBoard board, IReadOnlyList<ulong> ids, IReadOnlyList<OutgoingMessage> messages, CancellationToken ct)
    {
        var sent = new List<ulong>();
        var reposting = false;
        for (var i = 0; i < messages.Count; i++)
        {
            var old = i < ids.Count ? ids[i] : (ulong?)null;
            if (old is { } id && !reposting)
            {
                try
                {
                    await rest.EditMessageAsync(board.ChannelId, id, messages[i], ct);
                    sent.Add(id);
                    continue;
                }
                catch (DiscordApiException ex) when (ex.Kind == DiscordErrorKind.NotFound && ex.ErrorCode != UnknownChannel)
                {
                    LogRepost(board.Id, id, "deleted");
                }
                catch (DiscordApiException ex) when (ex.ErrorCode == TooManyEditsOfOldMessage)
                {
                    LogRepost(board.Id, id, "no longer editable");
                }

                // This message and every one after it are posted again, so that the board reads in order.
                reposting = true;
            }

            sent.Add((await rest.CreateMessageAsync(board.ChannelId, messages[i], ct)).Id);
            if (old is { } replaced)
            {
                await DeleteQuietlyAsync(board.ChannelId, replaced, ct);
            }
        }

        foreach (var extra in ids.Skip(messages.Count))
        {
            await DeleteQuietlyAsync(board.ChannelId, extra, ct);
        }

        return sent;
    }

    // A message already gone, or one the bot may not delete, is no reason to stop showing the board.
    private async Task DeleteQuietlyAsync(ulong channel, ulong message, CancellationToken ct)
    {
        try
        {
            await rest.DeleteMessageAsync(channel, message, ct);
        }
        catch (DiscordApiException ex) when (ex.Kind is DiscordErrorKind.NotFound or DiscordErrorKind.MissingAccess)
        {
            LogNotDeleted(message, channel, ex.Kind);
        }
    }

    private async Task TellCreatorAsync(StatusBoard board, CancellationToken ct)
    {
        if (board.CreatedBy == 0)
        {
            return;
        }

        var text = string.Create(CultureInfo.InvariantCulture,
            $"Your status board #{board.Id} in <#{board.ChannelId}> is no longer updated: the bot may not post or edit there any more. "
            + $"Give it back the permissions to view the channel and send messages, then `board delete {board.Id}` and `board create` again.");
        try
        {
            await rest.SendDirectMessageAsync(board.CreatedBy, OutgoingMessage.Text(text), ct);
        }
        catch (DiscordApiException ex) when (ex.Kind is DiscordErrorKind.CannotMessageUser or DiscordErrorKind.NotFound or DiscordErrorKind.MissingAccess)
        {
            LogNotTold(board.Id, board.CreatedBy, ex.Kind);
        }
    }

    private static List<string> Fingerprints(IReadOnlyList<OutgoingMessage> messages) => [.. messages.Select(BoardRenderer.Fingerprint)];

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Status board {BoardId}: message {MessageId} is {Why}; posting the board again from there")]
    private partial void LogRepost(long boardId, ulong messageId, string why);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Status board {BoardId} disabled: channel {ChannelId} refuses the bot ({Kind})")]
    private partial void LogDisabled(long boardId, ulong channelId, DiscordErrorKind kind);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "Old board message {MessageId} in channel {ChannelId} not deleted ({Kind})")]
    private partial void LogNotDeleted(ulong messageId, ulong channelId, DiscordErrorKind kind);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Could not tell user {UserId} by DM that status board {BoardId} is disabled ({Kind})")]
    private partial void LogNotTold(long boardId, ulong userId, DiscordErrorKind kind);

    /// <summary>What a board's messages show now, and the update time they show.</summary>
    private sealed record Shown(IReadOnlyList<ulong> MessageIds, IReadOnlyList<string> Fingerprints, DateTimeOffset UpdatedAt);
}
