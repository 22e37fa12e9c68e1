using DiscordApi.Commands;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Backups.RestoreBackup;
using ServerStatus.Application.Common.Results;
using ServerStatus.Domain.Permissions;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands;

/// <summary>backup, backup delete, backups and restore.</summary>
public static class BackupCommands
{
    public const string DeleteWord = "delete";

    public static IReadOnlyList<BotCommand> All { get; } = [Backup(), DeleteBackupCommand(), Backups(), Restore()];

    /// <summary>The required, autocompleted server option of the backup commands.</summary>
    public static CommandOption ServerOption() =>
        new(CommandOptionType.String, ServerCommands.ServerOption, "The server") { Required = true, Autocomplete = true, MaxLength = 161 };

    private static CommandOption NameOption(bool required, string description) =>
        new(CommandOptionType.String, "name", description) { Required = required, MaxLength = 64 };

    private static CommandOption YesOption() => new(CommandOptionType.Boolean, ServerCommands.YesFlag, "Skip the confirmation");

    private static BotCommand Backup() => new(
        new CommandDefinition("backup", "Backups", "Backs up a server's mounts now (name defaults to the UTC time).", "backup <server> [name]")
        {
            Examples = ["backup mc", "backup mc before-update", "backup delete mc before-update"],
            Permission = Permission.Backup,
            Flags = [ServerCommands.YesFlag],
            SlashOptions = [ServerOption(), NameOption(required: false, "The backup's name: letters, digits, . _ -")],
        },
        args =>
        {
            // `backup delete <server> <name>`; a lone `backup delete` backs up a server named "delete".
            if (args.Words.Count > 1 && string.Equals(args.Words[0], DeleteWord, StringComparison.OrdinalIgnoreCase))
            {
                return args.Words.Count == 3
                    ? Delete(args.Words[1], args.Words[2], args.Has(ServerCommands.YesFlag))
                    : Error.Invalid("Name a server and the backup to delete: `backup delete <server> <name>`.");
            }

            if (args.Words.Count is < 1 or > 2)
            {
                return Error.Invalid("Name one server, and optionally the backup's name.");
            }

            var name = args.Words.Count == 2 ? args.Words[1] : null;
            return new CommandRun(async (context, ct) =>
            {
                var progress = context.Progress.Reporter((report, elapsed) => BackupReplies.BackingUp(args.Words[0], report, elapsed));
                var result = await context.Sender.SendAsync(context.Actor, new CreateBackup(args.Words[0], name), progress, ct);
                return result.IsSuccess ? BackupReplies.Created(result.Value) : ErrorReplies.From(result.Errors);
            });
        });

    private static BotCommand DeleteBackupCommand() => new(
        new CommandDefinition("backup_delete", "Backups", "Deletes one backup of a server. Asks for confirmation.", "backup delete <server> <name> [--yes]")
        {
            Examples = ["backup delete mc before-update"],
            Permission = Permission.Backup,
            Flags = [ServerCommands.YesFlag],
            SlashOptions = [ServerOption(), NameOption(required: true, "The backup to delete"), YesOption()],
        },
        args => args.Words.Count != 2
            ? Error.Invalid("Name a server and the backup to delete.")
            : Delete(args.Words[0], args.Words[1], args.Has(ServerCommands.YesFlag)));

    private static CommandRun Delete(string server, string name, bool confirmed) => new(
        async (context, ct) =>
        {
            var result = await context.Sender.SendAsync(context.Actor, new DeleteBackup(server, name), ct);
            return result.IsSuccess ? BackupReplies.Deleted(result.Value) : ErrorReplies.From(result.Errors);
        },
        confirmed ? null : $"Delete backup **{name}** of **{server}**? It cannot be undone.");

    private static BotCommand Backups() => new(
        new CommandDefinition("backups", "Backups", "Lists a server's backups, newest first.", "backups <server>")
        {
            Aliases = ["list_backups"],
            Examples = ["backups mc"],
            Permission = Permission.Backup,
            SlashOptions = [ServerOption()],
        },
        args => args.Words.Count != 1
            ? Error.Invalid("Name one server.")
            : new CommandRun(async (context, ct) =>
            {
                var result = await context.Sender.SendAsync(context.Actor, new ListBackups(args.Words[0]), ct);
                return result.IsSuccess ? BackupReplies.List(result.Value) : ErrorReplies.From(result.Errors);
            }));

    private static BotCommand Restore() => new(
        new CommandDefinition("restore", "Backups", "Replaces a server's files with a backup, after a pre-restore backup. Asks for confirmation.", "restore <server> <name> [--yes]")
        {
            Examples = ["restore mc before-update"],
            Permission = Permission.Restore,
            Flags = [ServerCommands.YesFlag],
            SlashOptions = [ServerOption(), NameOption(required: true, "The backup to restore"), YesOption()],
        },
        args => args.Words.Count != 2
            ? Error.Invalid("Name a server and the backup to restore.")
            : new CommandRun(
                async (context, ct) =>
                {
                    var progress = context.Progress.Reporter((report, elapsed) => BackupReplies.Restoring(args.Words[0], args.Words[1], report, elapsed));
                    var result = await context.Sender.SendAsync(context.Actor, new RestoreBackup(args.Words[0], args.Words[1]), progress, ct);
                    return result.IsSuccess ? BackupReplies.Restored(result.Value) : ErrorReplies.From(result.Errors);
                },
                args.Has(ServerCommands.YesFlag) ? null : $"Restore **{args.Words[1]}** on **{args.Words[0]}**? The server is stopped and its files are replaced; files made since that backup are removed (a pre-restore backup is kept)."));
}
