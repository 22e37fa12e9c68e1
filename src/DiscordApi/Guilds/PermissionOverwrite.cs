namespace DiscordApi.Guilds;

/// <summary>A channel's explicit allow/deny for one role (the guild id means <c>@everyone</c>) or one member.</summary>
public sealed record PermissionOverwrite(ulong Id, PermissionOverwriteType Type, DiscordPermissions Allow, DiscordPermissions Deny);
