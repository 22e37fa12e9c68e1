namespace DiscordApi.Rest;

public sealed record DiscordApplication(ulong Id, string Name);
