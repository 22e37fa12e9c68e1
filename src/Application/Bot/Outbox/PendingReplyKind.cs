namespace ServerStatus.Application.Bot.Outbox;

/// <summary>How a pending reply reaches its reader.</summary>
public enum PendingReplyKind
{
    /// <summary>A new message in a channel, replying to the command message when there is one.</summary>
    ChannelMessage = 1,

    /// <summary>An edit of one of our messages in a channel (the progress message the answer replaces).</summary>
    ChannelEdit = 2,

    /// <summary>A direct message to a user.</summary>
    DirectMessage = 3,

    /// <summary>An edit of an interaction's original response.</summary>
    OriginalResponse = 4,

    /// <summary>A further message of an interaction's answer.</summary>
    Followup = 5,
}
