using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Permissions;
using ServerStatus.Domain.Permissions;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Permissions;

/// <summary><c>permissions grant|revoke &lt;@user|@role|id&gt; &lt;permission|all&gt; [server|*]</c>: one class, the kind is a value.</summary>
public sealed class ChangePermissionCommand(PermissionChangeKind kind) : BotCommand<ChangePermission, GrantChange>
{
    public override CommandInfo Info { get; } = Describe(kind);

    protected override ChangePermission Sample { get; } = new(kind, Subject.User(1), "status", GrantScope.EverywhereText);

    public override Result<ChangePermission> Parse(CommandArguments arguments) =>
        GrantArguments.Parse(arguments, Info.Name).Map(a => new ChangePermission(kind, a.Subject, a.Permission, a.Scope));

    public override BotReply Format(GrantChange result) =>
        kind == PermissionChangeKind.Grant ? PermissionReplies.Granted(result) : PermissionReplies.Revoked(result);

    private static CommandInfo Describe(PermissionChangeKind kind)
    {
        var grant = kind == PermissionChangeKind.Grant;
        var name = grant ? "grant" : "revoke";
        return new CommandInfo(name, "Admin", grant ? "Give a user or role a permission" : "Take a permission back",
            $"permissions {name} <@user|@role|id> <permission|all> [server|*]")
        {
            Aliases = [grant ? "give" : "take"],
            Examples = [$"permissions {name} @alice restart mc"],
            SlashOptions = GrantArguments.SlashOptions(grant ? "Permission to give" : "Permission to take back"),
        };
    }
}
