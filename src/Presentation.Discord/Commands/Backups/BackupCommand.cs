using DiscordApi.Commands;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Common.Results;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Backups;

/// <summary>
/// <c>backup &lt;server&gt; [name]</c>: backs the server up now, showing progress. In chat, <c>backup delete …</c> is
/// <see cref="DeleteBackupCommand"/>; a lone <c>backup delete</c> backs up a server named "delete".
/// </summary>
public sealed class BackupCommand : BotCommand<CreateBackup, BackupView>
{
    public const string DeleteWord = "delete";

    private static readonly DeleteBackupCommand Delete = new();

    public override CommandInfo Info { get; } = new("backup", "Backups", "Backs up a server's mounts now (name defaults to the UTC time).", "backup <server> [name]")
    {
        Examples = ["backup mc", "backup mc before-update", "backup delete mc before-update"],
        SlashOptions = [CommandOptions.Server(), NameOption(required: false, "The backup's name: letters, digits, . _ -")],
    };

    protected override CreateBackup Sample { get; } = new("mc");

    public static CommandOption NameOption(bool required, string description) =>
        new(CommandOptionType.String, "name", description) { Required = required, MaxLength = 64 };

    public override Result<CreateBackup> Parse(CommandArguments arguments) =>
        arguments.Words.Count is < 1 or > 2
            ? Error.Invalid("Name one server, and optionally the backup's name.")
            : new CreateBackup(arguments.Words[0], arguments.Words.ElementAtOrDefault(1));

    public override BotReply Format(BackupView result) => BackupReplies.Created(result);

    public override Func<JobProgress, TimeSpan, string> ProgressLine(CreateBackup message) =>
        (progress, elapsed) => BackupReplies.BackingUp(message.Server, progress, elapsed);

    protected override IBotCommand? Subcommand(CommandArguments arguments) =>
        arguments.Words.Count > 1 && arguments.FirstWord == DeleteWord ? Delete : null;
}
