using DiscordApi.Messages;
using DiscordApi.Rest;
using ServerStatus.Presentation.Discord.Bot.Outbox;
using ServerStatus.Presentation.Discord.Commands;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Bot;

/// <summary>
/// Answers by DM (for sensitive commands typed in a guild); when the user's DMs are closed, in the channel instead,
/// replying to the command. The answer goes through the <see cref="ReplyOutbox"/>, so it is never lost.
/// Sensitive commands are quick and report no progress, so none is shown.
/// </summary>
public sealed class DirectMessageReplyTarget(
    IDiscordRest rest, ReplyOutbox outbox, ulong userId, ulong channelId, ulong commandMessageId, TimeProvider time, IReplyTarget fallback) : IReplyTarget
{
    private DiscordMessage? _answer;

    public async Task DeliverAsync(Task<BotReply> reply, CommandProgress? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var now = time.GetUtcNow();
        var answer = (await reply).Messages.Select(message => PendingReplies.ByDirectMessage(userId, channelId, commandMessageId, message, now)).ToList();
        _answer = (await outbox.DeliverAsync(answer, ct))[0];
    }

    public Task EditAsync(BotReply reply, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return _answer is { } sent ? rest.EditMessageAsync(sent.ChannelId, sent.Id, ProgressDisplay.Replacing(reply.Messages[0]), ct) : fallback.EditAsync(reply, ct);
    }

    public Task RefuseAsync(BotReply problem, CancellationToken ct) => DeliverAsync(Task.FromResult(problem), progress: null, ct);

    public Task<Func<OutgoingMessage, CancellationToken, Task>> PromptAsync(OutgoingMessage prompt, CancellationToken ct) =>
        fallback.PromptAsync(prompt, ct);
}
