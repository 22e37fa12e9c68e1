using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Permissions.Common;
using ServerStatus.Application.Permissions.GrantPermission;
using ServerStatus.Domain.Permissions;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Permissions;

/// <summary><c>permissions grant &lt;@user|@role|id&gt; &lt;permission|all&gt; [server|*]</c>.</summary>
public sealed class GrantPermissionCommand : BotCommand<GrantPermission, GrantChange>
{
    public override CommandInfo Info { get; } = new("grant", "Admin", "Give a user or role a permission", "permissions grant <@user|@role|id> <permission|all> [server|*]")
    {
        Aliases = ["give"],
        Examples = ["permissions grant @alice restart mc"],
        SlashOptions = GrantArguments.SlashOptions("Permission to give"),
    };

    protected override GrantPermission Sample { get; } = new(Subject.User(1), "status", "*");

    public override Result<GrantPermission> Parse(CommandArguments arguments) =>
        GrantArguments.Parse(arguments, Info.Name).Map(a => new GrantPermission(a.Subject, a.Permission, a.Scope));

    public override BotReply Format(GrantChange result) => PermissionReplies.Granted(result);
}
