namespace ServerStatus.Application.Bot.Outbox;

/// <summary>
/// An answer the bot could not deliver when it was ready, kept until it is delivered or obsolete (the bot's edge
/// decides, see <see cref="IReplyOutbox"/>). The message is opaque here: the Discord client's own encoding.
/// </summary>
public sealed class PendingReply
{
    public const int NonceMaxLength = 25;
    public const int TokenMaxLength = 500;
    public const int ErrorMaxLength = 500;

    public long Id { get; private set; }

    public PendingReplyKind Kind { get; private set; }

    /// <summary>Where the answer is posted or edited; for interactions and DMs, the channel it goes to when that way is gone (0: none).</summary>
    public ulong ChannelId { get; private set; }

    /// <summary>The message to edit (<see cref="PendingReplyKind.ChannelEdit"/>).</summary>
    public ulong? MessageId { get; private set; }

    /// <summary>The command message the answer replies to.</summary>
    public ulong? ReplyTo { get; private set; }

    /// <summary>The user a DM goes to, or who ran the interaction (mentioned when the answer has to go to the channel).</summary>
    public ulong? UserId { get; private set; }

    public ulong? ApplicationId { get; private set; }

    /// <summary>Authorizes the interaction's webhook until <see cref="TokenExpiresAt"/>.</summary>
    public string? InteractionToken { get; private set; }

    public DateTimeOffset? TokenExpiresAt { get; private set; }

    /// <summary>Only its reader may see it (an ephemeral answer): never posted in a channel when its way is gone.</summary>
    public bool IsPrivate { get; private set; }

    /// <summary>Sent with every attempt to create the message, so Discord makes it once (<c>enforce_nonce</c>).</summary>
    public string Nonce { get; private set; } = "";

    public byte[] Message { get; private set; } = [];

    public int Attempts { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public string? LastError { get; private set; }

    public static PendingReply To(PendingReplyKind kind, byte[] message, string nonce, DateTimeOffset now, ulong channelId = 0, ulong? replyTo = null) => new()
    {
        Kind = kind,
        Message = message,
        Nonce = nonce,
        ChannelId = channelId,
        ReplyTo = replyTo,
        CreatedAt = now,
        NextAttemptAt = now,
    };

    public PendingReply Editing(ulong messageId)
    {
        MessageId = messageId;
        return this;
    }

    public PendingReply ForUser(ulong userId, bool isPrivate = false)
    {
        UserId = userId;
        IsPrivate = isPrivate;
        return this;
    }

    public PendingReply ForInteraction(ulong applicationId, string token, DateTimeOffset expiresAt)
    {
        ApplicationId = applicationId;
        InteractionToken = token;
        TokenExpiresAt = expiresAt;
        return this;
    }

    /// <summary>The way it was meant to go is gone (expired interaction, closed DMs, deleted message): it goes this way instead.</summary>
    public void Redirect(PendingReplyKind kind, byte[] message, string nonce, ulong channelId, ulong? replyTo)
    {
        Kind = kind;
        Message = message;
        Nonce = nonce;
        ChannelId = channelId;
        ReplyTo = replyTo;
        MessageId = null;
        ApplicationId = null;
        InteractionToken = null;
        TokenExpiresAt = null;
    }

    public void Failed(string error, DateTimeOffset nextAttemptAt)
    {
        Attempts++;
        LastError = error.Length > ErrorMaxLength ? error[..ErrorMaxLength] : error;
        NextAttemptAt = nextAttemptAt;
    }
}
