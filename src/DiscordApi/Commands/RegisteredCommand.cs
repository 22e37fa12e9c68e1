namespace DiscordApi.Commands;

/// <summary>A command as Discord reports it back: its id plus the definition.</summary>
public sealed record RegisteredCommand(ulong Id, ApplicationCommandDefinition Definition);
