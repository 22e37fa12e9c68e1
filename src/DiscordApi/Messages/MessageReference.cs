namespace DiscordApi.Messages;

/// <summary>Makes a message a reply to <paramref name="MessageId"/>.</summary>
public sealed record MessageReference(ulong MessageId, ulong? ChannelId = null, ulong? GuildId = null, bool FailIfNotExists = true);
