using ServerStatus.Application.Backups;
using ServerStatus.Application.Backups.RestoreBackup;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Backups;

/// <summary><c>restore &lt;server&gt; &lt;name&gt; [--yes]</c>: replaces the server's files with a backup, after confirmation, showing progress.</summary>
public sealed class RestoreCommand : BotCommand<RestoreBackup, RestoreReport>
{
    public override CommandInfo Info { get; } = new("restore", "Backups",
        "Replaces a server's files with a backup, after a pre-restore backup. Asks for confirmation.", "restore <server> <name> [--yes]")
    {
        Examples = ["restore mc before-update"],
        Flags = [CommandOptions.YesFlag],
        SlashOptions = [CommandOptions.Server(), BackupCommand.NameOption(required: true, "The backup to restore"), CommandOptions.Yes()],
    };

    protected override RestoreBackup Sample { get; } = new("mc", "before-update");

    public override Result<RestoreBackup> Parse(CommandArguments arguments) =>
        arguments.Words.Count != 2 ? Error.Invalid("Name a server and the backup to restore.") : new RestoreBackup(arguments.Words[0], arguments.Words[1]);

    public override BotReply Format(RestoreReport result) => BackupReplies.Restored(result);

    public override ConfirmationRequest? Confirmation(RestoreBackup message, CommandArguments arguments) =>
        arguments.Has(CommandOptions.YesFlag)
            ? null
            : new(CheckTargets.ForBackup(message), _ =>
                $"Restore **{message.Name}** on **{message.Server}**? The server is stopped and its files are replaced; files made since that backup are removed (a pre-restore backup is kept).");

    public override Func<JobProgress, TimeSpan, string> ProgressLine(RestoreBackup message) =>
        (progress, elapsed) => BackupReplies.Restoring(message.Server, message.Name, progress, elapsed);
}
