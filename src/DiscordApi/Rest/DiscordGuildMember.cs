namespace DiscordApi.Rest;

public sealed record DiscordGuildMember(ulong UserId, IReadOnlyList<ulong> RoleIds, string? Nickname);
