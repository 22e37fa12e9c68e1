using System.Globalization;
using DiscordApi.Messages;
using DiscordApi.Rest;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Bot.Outbox;

namespace ServerStatus.Presentation.Discord.Bot.Outbox;

/// <summary>
/// Makes one attempt to deliver a reply, the same way whether it is fresh or waited in the outbox: creates carry the
/// reply's nonce, an expired interaction or a way that is gone sends it the reply's other way (changing the reply),
/// and a failure says when to try again, or why never.
/// </summary>
public sealed class ReplyCourier(IDiscordRest rest, TimeProvider time, IOptions<ReplyOutboxOptions> options, ILogger<ReplyCourier> logger)
{
    public async Task<DeliveryOutcome> TryAsync(PendingReply reply, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reply);
        while (true)
        {
            var now = time.GetUtcNow();
            if (now - reply.CreatedAt >= options.Value.GiveUpAfter)
            {
                return Abandon(reply, $"not delivered within {options.Value.GiveUpAfterHours} h, obsolete");
            }

            if (reply.TokenExpiresAt <= now)
            {
                if (!Redirect(reply, "the interaction's token expired"))
                {
                    return Abandon(reply, "the interaction's token expired and there is no other way");
                }

                continue;
            }

            try
            {
                return DeliveryOutcome.Delivered(await SendAsync(reply, ct));
            }
            catch (Exception ex) when (DeliveryFailures.IsDeliveryFailure(ex))
            {
                switch (DeliveryFailures.Classify(ex, reply.Kind))
                {
                    case DeliveryFailure.Transient:
                        return DeliveryOutcome.Retry(RetryIn(reply, ex), ex.Message);
                    case DeliveryFailure.WayGone when Redirect(reply, ex.Message):
                        continue;
                    default:
                        return Abandon(reply, ex.Message);
                }
            }
        }
    }

    private async Task<DiscordMessage> SendAsync(PendingReply reply, CancellationToken ct)
    {
        var message = OutgoingMessageCodec.Decode(reply.Message);
        return reply.Kind switch
        {
            PendingReplyKind.ChannelMessage => await rest.CreateMessageAsync(reply.ChannelId, message with { Nonce = reply.Nonce }, ct),
            PendingReplyKind.ChannelEdit => await rest.EditMessageAsync(reply.ChannelId, reply.MessageId ?? 0, message, ct),
            PendingReplyKind.DirectMessage => await rest.SendDirectMessageAsync(reply.UserId ?? 0, message with { Nonce = reply.Nonce }, ct),
            PendingReplyKind.OriginalResponse => await rest.EditOriginalResponseAsync(reply.ApplicationId ?? 0, reply.InteractionToken ?? "", message, ct),
            PendingReplyKind.Followup => await rest.CreateFollowupAsync(reply.ApplicationId ?? 0, reply.InteractionToken ?? "", message, ct),
            _ => throw new InvalidOperationException($"No way to deliver a {reply.Kind} reply."),
        };
    }

    /// <summary>Backoff from the first wait, doubling per failed attempt up to the longest; Discord's <c>retry_after</c> when longer.</summary>
    private TimeSpan RetryIn(PendingReply reply, Exception failure)
    {
        var settings = options.Value;
        var backoff = TimeSpan.FromTicks((long)Math.Min(settings.FirstRetry.Ticks * Math.Pow(2, Math.Min(reply.Attempts, 30)), settings.MaxRetry.Ticks));
        return failure is DiscordApiException { RetryAfter: { } retryAfter } && retryAfter > backoff ? retryAfter : backoff;
    }

    private bool Redirect(PendingReply reply, string why)
    {
        var message = OutgoingMessageCodec.Decode(reply.Message);
        var nonce = PendingReplies.NextNonce(reply.Nonce);
        var from = reply.Kind;
        switch (reply.Kind)
        {
            case PendingReplyKind.ChannelEdit:
                reply.Redirect(PendingReplyKind.ChannelMessage, OutgoingMessageCodec.Encode(AsNewMessage(message, reply.ReplyTo)), nonce, reply.ChannelId, reply.ReplyTo);
                break;
            case PendingReplyKind.DirectMessage when reply.ChannelId != 0:
                reply.Redirect(PendingReplyKind.ChannelMessage, OutgoingMessageCodec.Encode(AsNewMessage(message, reply.ReplyTo)), nonce, reply.ChannelId, reply.ReplyTo);
                break;
            case PendingReplyKind.OriginalResponse or PendingReplyKind.Followup when reply.IsPrivate && reply.UserId is not null:
                // For the user's eyes only: by DM, and nowhere else if their DMs are closed.
                reply.Redirect(PendingReplyKind.DirectMessage, OutgoingMessageCodec.Encode(AsNewMessage(message, replyTo: null)), nonce, channelId: 0, replyTo: null);
                break;
            case PendingReplyKind.OriginalResponse or PendingReplyKind.Followup when reply.ChannelId != 0 && reply.UserId is { } user:
                reply.Redirect(PendingReplyKind.ChannelMessage, OutgoingMessageCodec.Encode(Mentioning(AsNewMessage(message, replyTo: null), user)), nonce, reply.ChannelId, replyTo: null);
                break;
            default:
                return false;
        }

        ReplyOutboxLog.Redirected(logger, from, reply.Kind, why);
        return true;
    }

    private static OutgoingMessage AsNewMessage(OutgoingMessage message, ulong? replyTo) => message with
    {
        Content = string.IsNullOrEmpty(message.Content) ? null : message.Content,
        Reference = replyTo is { } command ? new MessageReference(command, FailIfNotExists: false) : null,
        Flags = message.Flags & ~MessageFlags.Ephemeral,
    };

    /// <summary>In the channel the answer would lose its reader, so it names them (and pings only them).</summary>
    private static OutgoingMessage Mentioning(OutgoingMessage message, ulong userId)
    {
        var mention = string.Create(CultureInfo.InvariantCulture, $"<@{userId}>");
        var content = message.Content is null ? mention : mention + " " + message.Content;
        if (content.Length > DiscordLimits.ContentLength)
        {
            content = content[..(DiscordLimits.ContentLength - 1)] + "…";
        }

        return message with { Content = content, AllowedMentions = new AllowedMentions { UserIds = [userId] } };
    }

    private DeliveryOutcome Abandon(PendingReply reply, string reason)
    {
        ReplyOutboxLog.Abandoned(logger, reply.Kind, reply.Attempts + 1, reason);
        return DeliveryOutcome.Abandoned(reason);
    }
}
