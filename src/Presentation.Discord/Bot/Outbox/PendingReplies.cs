using System.Security.Cryptography;
using System.Text;
using DiscordApi.Events;
using DiscordApi.Messages;
using ServerStatus.Application.Bot.Outbox;

namespace ServerStatus.Presentation.Discord.Bot.Outbox;

/// <summary>The answers reply targets hand to the <see cref="ReplyOutbox"/>: each with its way to the reader and a nonce of its own.</summary>
public static class PendingReplies
{
    /// <summary>Discord's 15 minutes, less a margin for the clocks and the last attempt.</summary>
    public static readonly TimeSpan InteractionTokenLifetime = TimeSpan.FromMinutes(14);

    /// <summary>A message in the channel, replying to <paramref name="replyTo"/> when given.</summary>
    public static PendingReply InChannel(ulong channelId, ulong? replyTo, OutgoingMessage message, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(message);
        var replying = replyTo is { } command ? message with { Reference = new MessageReference(command, FailIfNotExists: false) } : message;
        return PendingReply.To(PendingReplyKind.ChannelMessage, OutgoingMessageCodec.Encode(replying), NewNonce(), now, channelId, replyTo);
    }

    /// <summary>An edit of our message <paramref name="messageId"/>; posted anew (replying to <paramref name="replyTo"/>) if someone deleted it.</summary>
    public static PendingReply EditInChannel(ulong channelId, ulong messageId, ulong? replyTo, OutgoingMessage message, DateTimeOffset now) =>
        PendingReply.To(PendingReplyKind.ChannelEdit, OutgoingMessageCodec.Encode(message), NewNonce(), now, channelId, replyTo).Editing(messageId);

    /// <summary>A DM; in the channel (replying to <paramref name="replyTo"/>, mentioning no one) when the user's DMs are closed.</summary>
    public static PendingReply ByDirectMessage(ulong userId, ulong channelId, ulong? replyTo, OutgoingMessage message, DateTimeOffset now) =>
        PendingReply.To(PendingReplyKind.DirectMessage, OutgoingMessageCodec.Encode(message), NewNonce(), now, channelId, replyTo).ForUser(userId);

    /// <summary>
    /// An interaction's answer: the first message as (an edit of) its original response, the others as follow-ups.
    /// When the interaction's token has expired or it was never answered, the answer goes to its channel mentioning the
    /// user (by DM when it was only for the user's eyes).
    /// </summary>
    public static IReadOnlyList<PendingReply> ToInteraction(InteractionCreated interaction, DateTimeOffset receivedAt, IReadOnlyList<OutgoingMessage> messages, bool original, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(messages);
        return [.. messages.Select((message, i) => PendingReply
            .To(original && i == 0 ? PendingReplyKind.OriginalResponse : PendingReplyKind.Followup, OutgoingMessageCodec.Encode(message), NewNonce(), now, interaction.ChannelId ?? 0)
            .ForUser(interaction.InvokerUserId, isPrivate: message.Flags.HasFlag(MessageFlags.Ephemeral))
            .ForInteraction(interaction.ApplicationId, interaction.Token, receivedAt + InteractionTokenLifetime))];
    }

    /// <summary>The nonce of the message a reply becomes when its way is gone: derived, so the same reply always gets the same one.</summary>
    public static string NextNonce(string nonce) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(nonce)))[..PendingReply.NonceMaxLength];

    private static string NewNonce() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
}
