using DiscordApi.Messages;
using DiscordApi.Rest;
using ServerStatus.Application.Bot.Outbox;
using ServerStatus.Presentation.Discord.Bot.Outbox;
using ServerStatus.Presentation.Discord.Commands;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Bot;

/// <summary>
/// Answers a chat command in its channel, as a reply to the command message; types while the command runs.
/// A command that reports progress gets a progress reply instead (edited as it goes, no more typing), which the
/// answer then replaces. The answer goes through the <see cref="ReplyOutbox"/>, so it is never lost.
/// </summary>
public sealed class ChannelReplyTarget(
    IDiscordRest rest, ReplyOutbox outbox, ulong channelId, ulong commandMessageId, TimeSpan typingAfter, TimeProvider time, ProgressDisplay? progressDisplay = null)
    : IReplyTarget
{
    private static readonly TimeSpan TypingLasts = TimeSpan.FromSeconds(8);

    private ulong _progressMessageId;
    private ulong _answerMessageId;

    public async Task DeliverAsync(Task<BotReply> reply, CommandProgress? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var showing = progressDisplay is null || progress is null ? Task.CompletedTask : progressDisplay.ShowUntilAsync(reply, progress, ShowProgressAsync, ct);
        var delay = typingAfter;
        while (!reply.IsCompleted)
        {
            await Task.WhenAny(reply, Task.Delay(delay, time, ct));
            if (!reply.IsCompleted)
            {
                // Once a progress reply shows, it is the sign of life (and typing would outlast the answer).
                if (Volatile.Read(ref _progressMessageId) == 0)
                {
                    await rest.TriggerTypingAsync(channelId, ct);
                }

                delay = TypingLasts;
            }
        }

        await showing;

        var messages = (await reply).Messages;
        var now = time.GetUtcNow();
        var shown = Volatile.Read(ref _progressMessageId);
        PendingReply[] answer =
        [
            shown != 0
                ? PendingReplies.EditInChannel(channelId, shown, commandMessageId, ProgressDisplay.Replacing(messages[0]), now)
                : PendingReplies.InChannel(channelId, commandMessageId, messages[0], now),
            .. messages.Skip(1).Select(message => PendingReplies.InChannel(channelId, replyTo: null, message, now)),
        ];
        _answerMessageId = (await outbox.DeliverAsync(answer, ct))[0]?.Id ?? 0;
    }

    public Task EditAsync(BotReply reply, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return _answerMessageId == 0
            ? throw new InvalidOperationException("There is no delivered answer to edit.")
            : rest.EditMessageAsync(channelId, _answerMessageId, ProgressDisplay.Replacing(reply.Messages[0]), ct);
    }

    public Task RefuseAsync(BotReply problem, CancellationToken ct) => DeliverAsync(Task.FromResult(problem), progress: null, ct);

    public async Task<Func<OutgoingMessage, CancellationToken, Task>> PromptAsync(OutgoingMessage prompt, CancellationToken ct)
    {
        var posted = await rest.CreateMessageAsync(channelId, prompt with { Reference = new MessageReference(commandMessageId, FailIfNotExists: false) }, ct);
        return (replacement, token) => rest.EditMessageAsync(channelId, posted.Id, replacement, token);
    }

    private async Task ShowProgressAsync(string line, CancellationToken ct)
    {
        var message = ProgressDisplay.Message(line);
        var shown = Volatile.Read(ref _progressMessageId);
        if (shown != 0)
        {
            await rest.EditMessageAsync(channelId, shown, message, ct);
            return;
        }

        var posted = await rest.CreateMessageAsync(channelId, message with { Reference = new MessageReference(commandMessageId, FailIfNotExists: false) }, ct);
        Volatile.Write(ref _progressMessageId, posted.Id);
    }
}
