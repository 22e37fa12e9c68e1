using DiscordApi.Messages;
using DiscordApi.Rest;
using ServerStatus.Application.Bot.Outbox;

namespace ServerStatus.Presentation.Discord.Bot.Outbox;

/// <summary>Reads a failed attempt: try again, take the other way, or give up.</summary>
public static class DeliveryFailures
{
    public static DeliveryFailure Classify(Exception failure, PendingReplyKind kind) => failure switch
    {
        DiscordApiException { Kind: DiscordErrorKind.NotFound or DiscordErrorKind.MissingAccess or DiscordErrorKind.CannotMessageUser or DiscordErrorKind.InteractionExpired } =>
            DeliveryFailure.WayGone,

        // Refused before Discord did anything with it: waiting is all it takes.
        DiscordApiException { Kind: DiscordErrorKind.RateLimited or DiscordErrorKind.Suspended or DiscordErrorKind.Unauthorized } or TimeoutException =>
            DeliveryFailure.Transient,

        // It may have arrived. Creates carry a nonce and edits are idempotent, but a follow-up has no nonce to make a second one harmless.
        DiscordApiException { Kind: DiscordErrorKind.ServerError or DiscordErrorKind.Unavailable } or HttpRequestException or OperationCanceledException =>
            kind == PendingReplyKind.Followup ? DeliveryFailure.Hopeless : DeliveryFailure.Transient,

        _ => DeliveryFailure.Hopeless,
    };

    /// <summary>The failures an attempt may end in; anything else is a bug and is not caught.</summary>
    public static bool IsDeliveryFailure(Exception failure) =>
        failure is DiscordApiException or TimeoutException or HttpRequestException or OperationCanceledException or DiscordLimitException or FormatException;
}
