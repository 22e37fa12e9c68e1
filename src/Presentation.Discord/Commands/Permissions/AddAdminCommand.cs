using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Permissions.AddAdmin;
using ServerStatus.Application.Permissions.Common;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Permissions;

/// <summary><c>admins add &lt;@user|id&gt;</c>.</summary>
public sealed class AddAdminCommand : BotCommand<AddAdmin, AdminChange>
{
    public override CommandInfo Info { get; } = new("add", "Admin", "Make a user an admin", "admins add <@user|id>")
    {
        Examples = ["admins add @bob"],
        SlashOptions = AdminArguments.SlashOptions,
    };

    protected override AddAdmin Sample { get; } = new(1);

    public override Result<AddAdmin> Parse(CommandArguments arguments) => AdminArguments.User(arguments, Info.Name).Map(user => new AddAdmin(user));

    public override BotReply Format(AdminChange result) => PermissionReplies.AdminAdded(result);
}
