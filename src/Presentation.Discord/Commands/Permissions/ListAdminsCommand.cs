using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Permissions;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Permissions;

/// <summary><c>admins list</c>: configured and stored admins.</summary>
public sealed class ListAdminsCommand : BotCommand<ListAdmins, PermissionsView>
{
    public override CommandInfo Info { get; } = new("list", "Admin", "Show the admins", "admins list")
    {
        Examples = ["admins list"],
    };

    protected override ListAdmins Sample { get; } = new();

    public override Result<ListAdmins> Parse(CommandArguments arguments) =>
        arguments.Words.Count == 0 ? new ListAdmins() : Error.Invalid("`admins list` takes no arguments.");

    public override BotReply Format(PermissionsView result) => PermissionReplies.AdminList(result);
}
