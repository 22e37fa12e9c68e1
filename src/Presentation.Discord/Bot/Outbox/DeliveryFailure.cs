namespace ServerStatus.Presentation.Discord.Bot.Outbox;

/// <summary>What a failed attempt means for the reply.</summary>
public enum DeliveryFailure
{
    /// <summary>Discord did not take it, or may have: try again (the nonce or an edit's nature keeps it single).</summary>
    Transient,

    /// <summary>Its way is gone (deleted message, expired interaction, closed DMs): take the reply's other way, if it has one.</summary>
    WayGone,

    /// <summary>It will never be taken (a body Discord refuses), or sending it again could double it.</summary>
    Hopeless,
}
