using DiscordApi.Commands;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Permissions;
using ServerStatus.Domain.Permissions;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands;

/// <summary>permissions grant|revoke|list and admins add|remove|list: admin only, and sensitive.</summary>
public static class PermissionCommands
{
    public static IReadOnlyList<BotCommand> All { get; } = [Permissions(), Admins()];

    private static BotCommand Permissions() => new(
        new CommandDefinition("permissions", "Admin", "Grants, revokes and lists who may do what on which server.",
            "permissions grant|revoke <@user|@role|id> <permission|all> [server|*] · permissions list [@user|@role|server]")
        {
            Aliases = ["perms", "permission"],
            Examples = ["permissions grant @alice restart mc", "permissions grant @Moderators all *", "permissions revoke @alice restart mc", "permissions list mc"],
            AdminOnly = true,
            Sensitive = true,
            SlashOptions =
            [
                SubCommand("grant", "Give a user or role a permission", ChangeOptions("Permission to give")),
                SubCommand("revoke", "Take a permission back", ChangeOptions("Permission to take back")),
                SubCommand("list", "Who may do what where",
                [
                    new CommandOption(CommandOptionType.Mentionable, "subject", "Only this user or role"),
                    new CommandOption(CommandOptionType.String, "server", "Only this server") { Autocomplete = true, MaxLength = 161 },
                ]),
            ],
        },
        args => (args.Words.Count > 0 ? args.Words[0].ToLowerInvariant() : null) switch
        {
            "grant" or "give" => Change(args, grant: true),
            "revoke" or "take" => Change(args, grant: false),
            "list" or "show" => List(args),
            null => Error.Invalid("Say what to do: `grant`, `revoke` or `list`."),
            var other => Error.Invalid($"`{other}` is not something `permissions` does: use `grant`, `revoke` or `list`."),
        });

    private static BotCommand Admins() => new(
        new CommandDefinition("admins", "Admin", "Adds, removes and lists admins (configured admins stay).", "admins add|remove <@user|id> · admins list")
        {
            Aliases = ["admin"],
            Examples = ["admins add @bob", "admins remove @bob", "admins list"],
            AdminOnly = true,
            Sensitive = true,
            SlashOptions =
            [
                SubCommand("add", "Make a user an admin", [new CommandOption(CommandOptionType.User, "user", "The user") { Required = true }]),
                SubCommand("remove", "Remove an admin added from chat", [new CommandOption(CommandOptionType.User, "user", "The user") { Required = true }]),
                SubCommand("list", "Show the admins", []),
            ],
        },
        args => (args.Words.Count > 0 ? args.Words[0].ToLowerInvariant() : null) switch
        {
            "add" => AdminChange(args, add: true),
            "remove" => AdminChange(args, add: false),
            "list" when args.Words.Count == 1 => new CommandRun(async (context, ct) =>
            {
                var result = await context.Sender.SendAsync(context.Actor, new ListAdmins(), ct);
                return result.IsSuccess ? PermissionReplies.AdminList(result.Value) : ErrorReplies.From(result.Errors);
            }),
            "list" => Error.Invalid("`admins list` takes no arguments."),
            null => Error.Invalid("Say what to do: `add`, `remove` or `list`."),
            var other => Error.Invalid($"`{other}` is not something `admins` does: use `add`, `remove` or `list`."),
        });

    private static Result<CommandRun> Change(CommandArguments args, bool grant)
    {
        if (args.Words.Count is < 3 or > 4)
        {
            return Error.Invalid($"`permissions {args.Words[0]}` needs a user or role, a permission and optionally a server.");
        }

        if (!Mentions.TryParseSubject(args.Words[1], out var subject))
        {
            return Error.Invalid($"`{Shorten(args.Words[1])}` is not a user or role: mention them or give their id.");
        }

        var permission = args.Words[2];
        var scope = args.Words.Count == 4 ? args.Words[3] : GrantScope.EverywhereText;
        return new CommandRun(async (context, ct) =>
        {
            if (grant)
            {
                var granted = await context.Sender.SendAsync(context.Actor, new ChangePermission(PermissionChangeKind.Grant, subject, permission, scope), ct);
                return granted.IsSuccess ? PermissionReplies.Granted(granted.Value) : ErrorReplies.From(granted.Errors);
            }

            var revoked = await context.Sender.SendAsync(context.Actor, new ChangePermission(PermissionChangeKind.Revoke, subject, permission, scope), ct);
            return revoked.IsSuccess ? PermissionReplies.Revoked(revoked.Value) : ErrorReplies.From(revoked.Errors);
        });
    }

    private static Result<CommandRun> List(CommandArguments args)
    {
        if (args.Words.Count > 2)
        {
            return Error.Invalid("`permissions list` takes at most one user, role or server.");
        }

        var filter = args.Words.ElementAtOrDefault(1);
        Subject? subject = filter is not null && Mentions.TryParseSubject(filter, out var parsed) ? parsed : null;
        var server = subject is null ? filter : null;
        var title = subject is { } s ? $"Permissions of {(s.Kind == SubjectKind.Role ? "role" : "user")} {s.Id}" : server is null ? "Permissions" : $"Permissions on {server}";
        return new CommandRun(async (context, ct) =>
        {
            var result = await context.Sender.SendAsync(context.Actor, new ListPermissions(subject, server), ct);
            return result.IsSuccess ? PermissionReplies.Table(result.Value, title) : ErrorReplies.From(result.Errors);
        });
    }

    private static Result<CommandRun> AdminChange(CommandArguments args, bool add)
    {
        if (args.Words.Count != 2 || !Mentions.TryParseUser(args.Words[1], out var user) && !ulong.TryParse(args.Words[1], out user))
        {
            return Error.Invalid($"`admins {args.Words[0]}` needs one user: mention them or give their id.");
        }

        return new CommandRun(async (context, ct) =>
        {
            if (add)
            {
                var added = await context.Sender.SendAsync(context.Actor, new ChangeAdmin(AdminChangeKind.Add, user), ct);
                return added.IsSuccess ? PermissionReplies.AdminAdded(added.Value) : ErrorReplies.From(added.Errors);
            }

            var removed = await context.Sender.SendAsync(context.Actor, new ChangeAdmin(AdminChangeKind.Remove, user), ct);
            return removed.IsSuccess ? PermissionReplies.AdminRemoved(removed.Value) : ErrorReplies.From(removed.Errors);
        });
    }

    private static IReadOnlyList<CommandOption> ChangeOptions(string permissionDescription) =>
    [
        new CommandOption(CommandOptionType.Mentionable, "subject", "The user or role") { Required = true },
        new CommandOption(CommandOptionType.String, "permission", permissionDescription)
        {
            Required = true,
            Choices = [.. PermissionNames.Canonical.Select(name => CommandChoice.Of(name, name))],
        },
        new CommandOption(CommandOptionType.String, "server", "A server, engine/server, or * for every server (default)") { Autocomplete = true, MaxLength = 161 },
    ];

    private static CommandOption SubCommand(string name, string description, IReadOnlyList<CommandOption> options) =>
        new(CommandOptionType.SubCommand, name, description) { Options = options };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
