using DiscordApi.Commands;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Presentation.Discord.Commands;

/// <summary>What help shows about a command, and how it is registered as a slash command.</summary>
public sealed record CommandDefinition(string Name, string Group, string Summary, string Usage)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IReadOnlyList<string> Examples { get; init; } = [];

    /// <summary>The permission needed on some server to be offered this command; null for everyone.</summary>
    public Permission? Permission { get; init; }

    public bool AdminOnly { get; init; }

    /// <summary>
    /// Its messages say who may do what: typed in a guild channel, the request is deleted after a countdown,
    /// the answer goes by DM, and slash answers are ephemeral.
    /// </summary>
    public bool Sensitive { get; init; }

    /// <summary>Its last argument is free text sent as typed (console lines): quotes in it are not parsed.</summary>
    public bool TakesRawText { get; init; }

    /// <summary>Flags the prefix form accepts (without <c>--</c>).</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];

    /// <summary>Slash options in the order their values become words; boolean options become flags.</summary>
    public IReadOnlyList<CommandOption> SlashOptions { get; init; } = [];

    public IEnumerable<string> Names => Aliases.Prepend(Name);
}
