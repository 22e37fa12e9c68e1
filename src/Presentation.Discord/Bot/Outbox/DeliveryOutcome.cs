using DiscordApi.Rest;

namespace ServerStatus.Presentation.Discord.Bot.Outbox;

/// <summary>What one attempt to deliver a reply came to.</summary>
public sealed record DeliveryOutcome(DeliveryResult Result, DiscordMessage? Message, TimeSpan RetryIn, string Reason)
{
    public static DeliveryOutcome Delivered(DiscordMessage message) => new(DeliveryResult.Delivered, message, TimeSpan.Zero, "");

    public static DeliveryOutcome Retry(TimeSpan retryIn, string reason) => new(DeliveryResult.Retry, null, retryIn, reason);

    public static DeliveryOutcome Abandoned(string reason) => new(DeliveryResult.Abandoned, null, TimeSpan.Zero, reason);
}
