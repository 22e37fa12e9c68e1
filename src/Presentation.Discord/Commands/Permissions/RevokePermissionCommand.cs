using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Permissions.Common;
using ServerStatus.Application.Permissions.RevokePermission;
using ServerStatus.Domain.Permissions;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Permissions;

/// <summary><c>permissions revoke &lt;@user|@role|id&gt; &lt;permission|all&gt; [server|*]</c>.</summary>
public sealed class RevokePermissionCommand : BotCommand<RevokePermission, GrantChange>
{
    public override CommandInfo Info { get; } = new("revoke", "Admin", "Take a permission back", "permissions revoke <@user|@role|id> <permission|all> [server|*]")
    {
        Aliases = ["take"],
        Examples = ["permissions revoke @alice restart mc"],
        SlashOptions = GrantArguments.SlashOptions("Permission to take back"),
    };

    protected override RevokePermission Sample { get; } = new(Subject.User(1), "status", "*");

    public override Result<RevokePermission> Parse(CommandArguments arguments) =>
        GrantArguments.Parse(arguments, Info.Name).Map(a => new RevokePermission(a.Subject, a.Permission, a.Scope));

    public override BotReply Format(GrantChange result) => PermissionReplies.Revoked(result);
}
