namespace DiscordApi.Rest;

public sealed record DiscordUser(ulong Id, string Username, bool IsBot);
