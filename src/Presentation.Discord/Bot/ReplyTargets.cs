using DiscordApi.Events;
using DiscordApi.Rest;
using Microsoft.Extensions.Options;
using ServerStatus.Presentation.Discord.Bot.Outbox;
using ServerStatus.Presentation.Discord.Commands;
using ServerStatus.Presentation.Discord.Hosting;

namespace ServerStatus.Presentation.Discord.Bot;

/// <summary>Where the answer of a chat or slash command goes, with the typing, defer and progress settings of <c>Bot</c>.</summary>
public sealed class ReplyTargets(
    IDiscordRest rest, ReplyOutbox outbox, ProgressDisplay progressDisplay, IOptions<BotOptions> options, TimeProvider time, ILogger<InteractionReplyTarget> interactionLogger)
{
    /// <summary>A reply to the command message in its channel; by DM when the command is sensitive and was typed in a guild.</summary>
    public IReplyTarget For(MessageCreated message, bool sensitive)
    {
        ArgumentNullException.ThrowIfNull(message);
        var inChannel = new ChannelReplyTarget(rest, outbox, message.ChannelId, message.MessageId, TimeSpan.FromMilliseconds(options.Value.TypingAfterMilliseconds), time, progressDisplay);
        return sensitive && message.GuildId is not null
            ? new DirectMessageReplyTarget(rest, outbox, message.AuthorId, message.ChannelId, message.MessageId, time, inChannel)
            : inChannel;
    }

    /// <summary>The interaction's response (ephemeral for sensitive commands), deferred when the answer takes a while.</summary>
    public IReplyTarget For(InteractionCreated interaction, bool sensitive) =>
        new InteractionReplyTarget(rest, outbox, interaction, TimeSpan.FromMilliseconds(options.Value.DeferAfterMilliseconds), time, interactionLogger, ephemeral: sensitive, progressDisplay);
}
