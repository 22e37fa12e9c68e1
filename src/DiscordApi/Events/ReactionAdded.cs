namespace DiscordApi.Events;

/// <summary>A user reacted to a message (MESSAGE_REACTION_ADD). <see cref="EmojiId"/> is null for Unicode emoji.</summary>
public sealed record ReactionAdded(
    ulong UserId,
    ulong ChannelId,
    ulong MessageId,
    ulong? GuildId,
    string? EmojiName,
    ulong? EmojiId) : GatewayEvent;
