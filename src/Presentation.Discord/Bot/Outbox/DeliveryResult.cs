namespace ServerStatus.Presentation.Discord.Bot.Outbox;

public enum DeliveryResult
{
    Delivered,

    /// <summary>Not delivered now; another attempt may succeed.</summary>
    Retry,

    /// <summary>Can never be delivered (or is obsolete): given up, logged.</summary>
    Abandoned,
}
