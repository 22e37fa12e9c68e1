using ServerStatus.Application.Permissions;

namespace ServerStatus.Presentation.Discord.Commands.Permissions;

/// <summary><c>permissions grant|revoke|list</c>: admin only, and sensitive (the request is deleted, the answer goes by DM).</summary>
public static class PermissionsCommands
{
    public static CommandGroup Group { get; } = new(
        new CommandInfo("permissions", "Admin", "Grants, revokes and lists who may do what on which server.",
            "permissions grant|revoke <@user|@role|id> <permission|all> [server|*] · permissions list [@user|@role|server]")
        {
            Aliases = ["perms", "permission"],
            Examples = ["permissions grant @alice restart mc", "permissions grant @Moderators all *", "permissions revoke @alice restart mc", "permissions list mc"],
            Sensitive = true,
        },
        [new ChangePermissionCommand(PermissionChangeKind.Grant), new ChangePermissionCommand(PermissionChangeKind.Revoke), new ListPermissionsCommand()]);
}
