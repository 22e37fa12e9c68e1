using DiscordApi.Commands;
using ServerStatus.Application.Common.Results;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Presentation.Discord.Commands.Permissions;

/// <summary>What <c>permissions grant</c> and <c>revoke</c> read: a user or role, a permission name and a scope (<c>*</c> by default).</summary>
public sealed record GrantArguments(Subject Subject, string Permission, string Scope)
{
    public static IReadOnlyList<CommandOption> SlashOptions(string permissionDescription) =>
    [
        new CommandOption(CommandOptionType.Mentionable, "subject", "The user or role") { Required = true },
        new CommandOption(CommandOptionType.String, "permission", permissionDescription)
        {
            Required = true,
            Choices = [.. PermissionNames.Canonical.Select(name => CommandChoice.Of(name, name))],
        },
        CommandOptions.Server("A server, engine/server, or * for every server (default)", required: false),
    ];

    public static Result<GrantArguments> Parse(CommandArguments arguments, string verb)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        if (arguments.Words.Count is < 2 or > 3)
        {
            return Error.Invalid($"`permissions {verb}` needs a user or role, a permission and optionally a server.");
        }

        if (!Mentions.TryParseSubject(arguments.Words[0], out var subject))
        {
            return Error.Invalid($"`{Shorten(arguments.Words[0])}` is not a user or role: mention them or give their id.");
        }

        return new GrantArguments(subject, arguments.Words[1], arguments.Words.ElementAtOrDefault(2) ?? GrantScope.EverywhereText);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
