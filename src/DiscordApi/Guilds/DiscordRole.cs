namespace DiscordApi.Guilds;

/// <summary>A guild role; the <c>@everyone</c> role has the guild's id.</summary>
public sealed record DiscordRole(ulong Id, string Name, DiscordPermissions Permissions, int Position);
