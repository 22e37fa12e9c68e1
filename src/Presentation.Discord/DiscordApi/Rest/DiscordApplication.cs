namespace ServerStatus.Presentation.Discord.DiscordApi.Rest;

public sealed record DiscordApplication(ulong Id, string Name);
