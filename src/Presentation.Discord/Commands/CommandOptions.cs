using DiscordApi.Commands;

namespace ServerStatus.Presentation.Discord.Commands;

/// <summary>Slash options several commands share: server names (autocompleted) and <c>yes</c> to skip a confirmation.</summary>
public static class CommandOptions
{
    public const string ServersName = "servers";
    public const string ServerName = "server";
    public const string YesFlag = "yes";

    // Discord's bound for a server name typed as engine/name.
    private const int ServerNameLength = 161;

    public static CommandOption Servers(bool required) =>
        new(CommandOptionType.String, ServersName, "Server names, separated by spaces") { Required = required, Autocomplete = true, MaxLength = 1000 };

    public static CommandOption Server(string description = "The server", bool required = true) =>
        new(CommandOptionType.String, ServerName, description) { Required = required, Autocomplete = true, MaxLength = ServerNameLength };

    public static CommandOption Yes() => new(CommandOptionType.Boolean, YesFlag, "Skip the confirmation");

    /// <summary>Whether autocomplete of this option offers server names.</summary>
    public static bool NamesServers(string? option) => option is ServersName or ServerName;
}
