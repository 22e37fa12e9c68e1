using DiscordApi.Commands;
using ServerStatus.Application.Common.Results;

namespace ServerStatus.Presentation.Discord.Commands.Permissions;

/// <summary>What <c>admins add</c> and <c>remove</c> read: one user, as a mention or an id.</summary>
public static class AdminArguments
{
    public static IReadOnlyList<CommandOption> SlashOptions { get; } = [new CommandOption(CommandOptionType.User, "user", "The user") { Required = true }];

    public static Result<ulong> User(CommandArguments arguments, string verb)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return arguments.Words.Count == 1 && (Mentions.TryParseUser(arguments.Words[0], out var user) || ulong.TryParse(arguments.Words[0], out user))
            ? user
            : Error.Invalid($"`admins {verb}` needs one user: mention them or give their id.");
    }
}
