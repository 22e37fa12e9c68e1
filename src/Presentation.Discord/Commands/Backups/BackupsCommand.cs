using ServerStatus.Application.Backups;
using ServerStatus.Application.Common.Results;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Backups;

/// <summary><c>backups &lt;server&gt;</c>: the server's backups, newest first.</summary>
public sealed class BackupsCommand : BotCommand<ListBackups, BackupList>
{
    public override CommandInfo Info { get; } = new("backups", "Backups", "Lists a server's backups, newest first.", "backups <server>")
    {
        Aliases = ["list_backups"],
        Examples = ["backups mc"],
        SlashOptions = [CommandOptions.Server()],
    };

    protected override ListBackups Sample { get; } = new("mc");

    public override Result<ListBackups> Parse(CommandArguments arguments) =>
        arguments.Words.Count != 1 ? Error.Invalid("Name one server.") : new ListBackups(arguments.Words[0]);

    public override BotReply Format(BackupList result) => BackupReplies.List(result);
}
