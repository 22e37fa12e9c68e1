using DiscordApi.Commands;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Schedules;
using ServerStatus.Domain.Schedules;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Backups;

/// <summary>
/// <c>schedule chain &lt;server&gt; &lt;cron&gt; &lt;steps&gt;</c> (slash <c>/schedule_chain</c>): steps separated by commas,
/// each run when the one before succeeded. The steps are read as written (after the server and cron), so a
/// <c>cmd</c> line with a comma keeps its quotes: <c>backup, cmd "say Back soon, promise", restart</c>.
/// </summary>
public sealed class ChainScheduleCommand : BotCommand<SetPowerSchedule, PowerScheduleChange>
{
    public const string Word = "chain";

    public override CommandInfo Info { get; } = new("schedule_chain", "Backups",
        "Runs steps on a cron schedule (UTC), each once the previous one succeeded: backup, restart, cmd…",
        "schedule chain <server> <cron> <step>, <step>, …")
    {
        Examples = ["schedule chain mc \"0 4 * * *\" backup, restart", "schedule chain mc @weekly cmd save-all, backup, cmd \"say Restarting, back in a minute\", restart"],
        SlashOptions =
        [
            CommandOptions.Server(),
            new CommandOption(CommandOptionType.String, "cron", "minute hour day month weekday, in UTC, e.g. 0 4 * * *") { Required = true, MaxLength = PowerSchedule.CronMaxLength },
            new CommandOption(CommandOptionType.String, "steps", "Steps separated by commas: backup, stop, start, restart, cmd <text>") { Required = true, MaxLength = PowerSchedule.StepsMaxLength },
        ],
    };

    protected override SetPowerSchedule Sample { get; } = new("mc", PowerScheduleKind.Chain, "@daily", "backup, restart");

    public override Result<SetPowerSchedule> Parse(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return ScheduleWords.Read<SetPowerSchedule>(arguments.Words, Info.Usage, (server, cron, used) =>
            CommandTokenizer.After(arguments.Raw, used) is { Length: > 0 } steps
                ? new SetPowerSchedule(server, PowerScheduleKind.Chain, cron, steps)
                : Error.Invalid("Name the steps after the cron expression, separated by commas, e.g. `backup, restart`."));
    }

    public override BotReply Format(PowerScheduleChange result) => PowerScheduleReplies.Set(result);
}
