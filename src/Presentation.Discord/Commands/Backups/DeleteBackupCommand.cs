using ServerStatus.Application.Backups;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Backups;

/// <summary><c>backup delete &lt;server&gt; &lt;name&gt; [--yes]</c> (slash <c>/backup_delete</c>): deletes one backup, after confirmation.</summary>
public sealed class DeleteBackupCommand : BotCommand<DeleteBackup, string>
{
    public override CommandInfo Info { get; } = new("backup_delete", "Backups", "Deletes one backup of a server. Asks for confirmation.", "backup delete <server> <name> [--yes]")
    {
        Examples = ["backup delete mc before-update"],
        Flags = [CommandOptions.YesFlag],
        SlashOptions = [CommandOptions.Server(), BackupCommand.NameOption(required: true, "The backup to delete"), CommandOptions.Yes()],
    };

    protected override DeleteBackup Sample { get; } = new("mc", "before-update");

    public override Result<DeleteBackup> Parse(CommandArguments arguments) =>
        arguments.Words.Count != 2 ? Error.Invalid("Name a server and the backup to delete.") : new DeleteBackup(arguments.Words[0], arguments.Words[1]);

    public override BotReply Format(string result) => BackupReplies.Deleted(result);

    public override ConfirmationRequest? Confirmation(DeleteBackup message, CommandArguments arguments) =>
        arguments.Has(CommandOptions.YesFlag)
            ? null
            : new(CheckTargets.ForBackup(message), _ => $"Delete backup **{message.Name}** of **{message.Server}**? It cannot be undone.");
}
