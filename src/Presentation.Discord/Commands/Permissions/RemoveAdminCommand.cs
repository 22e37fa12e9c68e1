using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Permissions.Common;
using ServerStatus.Application.Permissions.RemoveAdmin;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Permissions;

/// <summary><c>admins remove &lt;@user|id&gt;</c>: only admins added from chat; configured ones stay.</summary>
public sealed class RemoveAdminCommand : BotCommand<RemoveAdmin, AdminChange>
{
    public override CommandInfo Info { get; } = new("remove", "Admin", "Remove an admin added from chat", "admins remove <@user|id>")
    {
        Examples = ["admins remove @bob"],
        SlashOptions = AdminArguments.SlashOptions,
    };

    protected override RemoveAdmin Sample { get; } = new(1);

    public override Result<RemoveAdmin> Parse(CommandArguments arguments) => AdminArguments.User(arguments, Info.Name).Map(user => new RemoveAdmin(user));

    public override BotReply Format(AdminChange result) => PermissionReplies.AdminRemoved(result);
}
