namespace DiscordApi.Guilds;

/// <summary>
/// A channel (<c>GET /channels/{channel.id}</c>): <see cref="Type"/> is Discord's channel type (0 guild text, 1 DM,
/// 5 announcement, …); DMs have no guild and no overwrites.
/// </summary>
public sealed record DiscordChannel(ulong Id, int Type, ulong? GuildId, string? Name, IReadOnlyList<PermissionOverwrite> PermissionOverwrites);
