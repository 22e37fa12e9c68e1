using ServerStatus.Application.Backups;
using ServerStatus.Application.Common.Results;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Backups;

/// <summary><c>schedule remove &lt;server&gt;</c> (slash <c>/schedule_remove</c>): stops a server's automatic backups; its backups stay.</summary>
public sealed class RemoveScheduleCommand : BotCommand<RemoveBackupSchedule, ScheduleView>
{
    public const string Word = "remove";

    public override CommandInfo Info { get; } = new("schedule_remove", "Backups", "Stops a server's automatic backups; the backups already made are kept.", "schedule remove <server>")
    {
        Examples = ["schedule remove mc"],
        SlashOptions = [CommandOptions.Server()],
    };

    protected override RemoveBackupSchedule Sample { get; } = new("mc");

    public override Result<RemoveBackupSchedule> Parse(CommandArguments arguments) =>
        arguments.Words.Count == 1 ? new RemoveBackupSchedule(arguments.Words[0]) : Error.Invalid("Name the one server whose schedule to remove.");

    public override BotReply Format(ScheduleView result) => ScheduleReplies.Removed(result);
}
