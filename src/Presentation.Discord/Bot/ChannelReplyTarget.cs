using ServerStatus.Presentation.Discord.DiscordApi.Messages;
using ServerStatus.Presentation.Discord.DiscordApi.Rest;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Bot;

/// <summary>Answers a chat command in its channel, as a reply to the command message; types while the command runs.</summary>
public sealed class ChannelReplyTarget(IDiscordRest rest, ulong channelId, ulong commandMessageId, TimeSpan typingAfter, TimeProvider time)
    : IReplyTarget
{
    private static readonly TimeSpan TypingLasts = TimeSpan.FromSeconds(8);

    public async Task DeliverAsync(Task<BotReply> reply, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var delay = typingAfter;
        while (!reply.IsCompleted)
        {
            await Task.WhenAny(reply, Task.Delay(delay, time, ct));
            if (!reply.IsCompleted)
            {
                await rest.TriggerTypingAsync(channelId, ct);
                delay = TypingLasts;
            }
        }

        var messages = (await reply).Messages;
        for (var i = 0; i < messages.Count; i++)
        {
            var message = i == 0 ? messages[i] with { Reference = new MessageReference(commandMessageId, FailIfNotExists: false) } : messages[i];
            await rest.CreateMessageAsync(channelId, message, ct);
        }
    }

    public async Task<Func<OutgoingMessage, CancellationToken, Task>> PromptAsync(OutgoingMessage prompt, CancellationToken ct)
    {
        var posted = await rest.CreateMessageAsync(channelId, prompt with { Reference = new MessageReference(commandMessageId, FailIfNotExists: false) }, ct);
        return (replacement, token) => rest.EditMessageAsync(channelId, posted.Id, replacement, token);
    }
}
