using ServerStatus.Application.Backups;
using ServerStatus.Application.Common.Results;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Backups;

/// <summary><c>schedule list</c> (slash <c>/schedule_list</c>): every backup schedule with its next and last run.</summary>
public sealed class ListSchedulesCommand : BotCommand<ListBackupSchedules, ScheduleList>
{
    public const string Word = "list";

    public override CommandInfo Info { get; } = new("schedule_list", "Backups", "Lists the backup schedules with their next and last runs.", "schedule list")
    {
        Examples = ["schedule list"],
    };

    protected override ListBackupSchedules Sample { get; } = new();

    public override Result<ListBackupSchedules> Parse(CommandArguments arguments) =>
        arguments.Words.Count == 0 ? new ListBackupSchedules() : Error.Invalid("`schedule list` takes no arguments.");

    public override BotReply Format(ScheduleList result) => ScheduleReplies.List(result);
}
