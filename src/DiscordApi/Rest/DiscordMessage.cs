namespace DiscordApi.Rest;

/// <summary>A message Discord created or edited for us.</summary>
public sealed record DiscordMessage(ulong Id, ulong ChannelId, string Content, ulong? AuthorId);
