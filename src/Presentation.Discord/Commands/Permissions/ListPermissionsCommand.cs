using DiscordApi.Commands;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Permissions;
using ServerStatus.Domain.Permissions;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Permissions;

/// <summary><c>permissions list [@user|@role|server]</c>: who may do what where, and the admins.</summary>
public sealed class ListPermissionsCommand : BotCommand<ListPermissions, PermissionsView>
{
    public override CommandInfo Info { get; } = new("list", "Admin", "Who may do what where", "permissions list [@user|@role|server]")
    {
        Aliases = ["show"],
        Examples = ["permissions list mc"],
        SlashOptions =
        [
            new CommandOption(CommandOptionType.Mentionable, "subject", "Only this user or role"),
            CommandOptions.Server("Only this server", required: false),
        ],
    };

    protected override ListPermissions Sample { get; } = new(null, null);

    public override Result<ListPermissions> Parse(CommandArguments arguments)
    {
        if (arguments.Words.Count > 1)
        {
            return Error.Invalid("`permissions list` takes at most one user, role or server.");
        }

        var filter = arguments.Words.ElementAtOrDefault(0);
        Subject? subject = filter is not null && Mentions.TryParseSubject(filter, out var parsed) ? parsed : null;
        return new ListPermissions(subject, subject is null ? filter : null);
    }

    public override BotReply Format(PermissionsView result) => PermissionReplies.Table(result);
}
