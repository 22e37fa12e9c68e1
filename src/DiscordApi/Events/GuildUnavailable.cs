namespace DiscordApi.Events;

/// <summary>A guild is unavailable because of an outage (GUILD_CREATE with <c>unavailable: true</c>).</summary>
public sealed record GuildUnavailable(ulong GuildId, string? Name) : GatewayEvent;
