using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Schedules;
using ServerStatus.Domain.Schedules;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Backups;

/// <summary>
/// <c>schedule remove &lt;server&gt; restart|stop|start|chain</c>: what <see cref="RemoveScheduleCommand"/> hands on when
/// a kind other than <c>backup</c> follows the server (in chat and as the slash option <c>kind</c>).
/// </summary>
public sealed class RemovePowerScheduleCommand : BotCommand<RemovePowerSchedule, PowerScheduleView>
{
    public static IReadOnlyList<string> Kinds { get; } = [.. Enum.GetValues<PowerScheduleKind>().Select(PowerScheduleView.NameOf)];

    public override CommandInfo Info { get; } = new("schedule_remove", "Backups", "Removes a server's restart, stop or start schedule or its chain.", "schedule remove <server> restart|stop|start|chain");

    protected override RemovePowerSchedule Sample { get; } = new("mc", PowerScheduleKind.Restart);

    public static bool IsKind(string word) => Kinds.Contains(word, StringComparer.OrdinalIgnoreCase);

    public override Result<RemovePowerSchedule> Parse(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return arguments.Words.Count == 2 && Enum.TryParse<PowerScheduleKind>(arguments.Words[1], ignoreCase: true, out var kind) && IsKind(arguments.Words[1])
            ? new RemovePowerSchedule(arguments.Words[0], kind)
            : Error.Invalid("Name the server and the kind of schedule to remove: `schedule remove mc chain`.");
    }

    public override BotReply Format(PowerScheduleView result) => PowerScheduleReplies.Removed(result);
}
