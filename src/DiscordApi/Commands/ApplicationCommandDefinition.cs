namespace DiscordApi.Commands;

/// <summary>A command as we want it registered (the element of a bulk overwrite).</summary>
public sealed record ApplicationCommandDefinition(string Name, string Description)
{
    public ApplicationCommandType Type { get; init; } = ApplicationCommandType.ChatInput;

    public IReadOnlyList<CommandOption> Options { get; init; } = [];

    /// <summary>Permission bit set as a decimal string; <c>"0"</c> = administrators only, null = everyone.</summary>
    public string? DefaultMemberPermissions { get; init; }

    /// <summary>0 guild, 1 bot DM, 2 private channel; empty = Discord's default.</summary>
    public IReadOnlyList<int> Contexts { get; init; } = [];

    public bool Nsfw { get; init; }
}
