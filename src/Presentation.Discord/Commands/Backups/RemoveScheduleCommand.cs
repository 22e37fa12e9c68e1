using DiscordApi.Commands;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Common.Results;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Backups;

/// <summary>
/// <c>schedule remove &lt;server&gt; [backup]</c> (slash <c>/schedule_remove</c>): stops a server's automatic backups; its
/// backups stay. With <c>restart</c>, <c>stop</c>, <c>start</c> or <c>chain</c> after the server, that schedule is removed
/// instead (<see cref="RemovePowerScheduleCommand"/>).
/// </summary>
public sealed class RemoveScheduleCommand : BotCommand<RemoveBackupSchedule, ScheduleView>
{
    public const string Word = "remove";

    public const string BackupWord = "backup";

    private static readonly RemovePowerScheduleCommand Power = new();

    public override CommandInfo Info { get; } = new("schedule_remove", "Backups",
        "Removes a server's backup schedule (backups are kept) or its restart, stop, start or chain one.", "schedule remove <server> [backup|restart|stop|start|chain]")
    {
        Examples = ["schedule remove mc", "schedule remove mc chain"],
        SlashOptions =
        [
            CommandOptions.Server(),
            new CommandOption(CommandOptionType.String, "kind", "Which schedule (default: backup)")
            {
                Choices = [.. RemovePowerScheduleCommand.Kinds.Prepend(BackupWord).Select(k => CommandChoice.Of(k, k))],
            },
        ],
    };

    protected override RemoveBackupSchedule Sample { get; } = new("mc");

    public override Result<RemoveBackupSchedule> Parse(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return arguments.Words.Count switch
        {
            1 => new RemoveBackupSchedule(arguments.Words[0]),
            2 when string.Equals(arguments.Words[1], BackupWord, StringComparison.OrdinalIgnoreCase) => new RemoveBackupSchedule(arguments.Words[0]),
            2 => Error.Invalid($"`{ErrorReplies.Fit(arguments.Words[1], 20)}` is not a kind of schedule: say backup, {string.Join(", ", RemovePowerScheduleCommand.Kinds)}."),
            _ => Error.Invalid("Name the one server whose schedule to remove, then its kind if not backup: `schedule remove mc chain`."),
        };
    }

    public override BotReply Format(ScheduleView result) => ScheduleReplies.Removed(result);

    protected override IBotCommand? Instead(CommandArguments arguments) =>
        arguments.Words.Count == 2 && RemovePowerScheduleCommand.IsKind(arguments.Words[1]) ? Power : null;
}
