using ServerStatus.Application.Permissions;

namespace ServerStatus.Presentation.Discord.Commands.Permissions;

/// <summary><c>admins add|remove|list</c>: admin only, and sensitive (the request is deleted, the answer goes by DM).</summary>
public static class AdminsCommands
{
    public static CommandGroup Group { get; } = new(
        new CommandInfo("admins", "Admin", "Adds, removes and lists admins (configured admins stay).", "admins add|remove <@user|id> · admins list")
        {
            Aliases = ["admin"],
            Examples = ["admins add @bob", "admins remove @bob", "admins list"],
            Sensitive = true,
        },
        [new ChangeAdminCommand(AdminChangeKind.Add), new ChangeAdminCommand(AdminChangeKind.Remove), new ListAdminsCommand()]);
}
