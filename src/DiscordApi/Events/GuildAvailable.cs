namespace DiscordApi.Events;

/// <summary>A guild became available (GUILD_CREATE without <c>unavailable</c>).</summary>
public sealed record GuildAvailable(ulong GuildId, string Name) : GatewayEvent;
