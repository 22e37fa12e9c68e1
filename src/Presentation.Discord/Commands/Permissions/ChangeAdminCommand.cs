using DiscordApi.Commands;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Permissions;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Permissions;

/// <summary><c>admins add|remove &lt;@user|id&gt;</c>: one class, the kind is a value; configured admins cannot be removed from chat.</summary>
public sealed class ChangeAdminCommand(AdminChangeKind kind) : BotCommand<ChangeAdmin, AdminChange>
{
    private static readonly IReadOnlyList<CommandOption> UserOption = [new CommandOption(CommandOptionType.User, "user", "The user") { Required = true }];

    public override CommandInfo Info { get; } = kind == AdminChangeKind.Add
        ? new("add", "Admin", "Make a user an admin", "admins add <@user|id>") { Examples = ["admins add @bob"], SlashOptions = UserOption }
        : new("remove", "Admin", "Remove an admin added from chat", "admins remove <@user|id>") { Examples = ["admins remove @bob"], SlashOptions = UserOption };

    protected override ChangeAdmin Sample { get; } = new(kind, 1);

    public override Result<ChangeAdmin> Parse(CommandArguments arguments) =>
        arguments.Words.Count == 1 && (Mentions.TryParseUser(arguments.Words[0], out var user) || ulong.TryParse(arguments.Words[0], out user))
            ? new ChangeAdmin(kind, user)
            : Error.Invalid($"`admins {Info.Name}` needs one user: mention them or give their id.");

    public override BotReply Format(AdminChange result) =>
        kind == AdminChangeKind.Add ? PermissionReplies.AdminAdded(result) : PermissionReplies.AdminRemoved(result);
}
