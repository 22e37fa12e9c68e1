using DiscordApi.Commands;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Schedules;
using ServerStatus.Application.Servers.Announcements;
using ServerStatus.Domain.Schedules;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Backups;

/// <summary>
/// <c>schedule restart|stop|start &lt;server&gt; &lt;cron&gt; [--announce 5m]</c> (slash <c>/schedule_restart</c> …): a power
/// action on a cron schedule (UTC); a restart or stop may be announced in-game first (<c>announce 5m</c> works too).
/// </summary>
public sealed class PowerScheduleCommand(PowerScheduleKind kind) : BotCommand<SetPowerSchedule, PowerScheduleChange>
{
    public const string AnnounceWord = "announce";

    private readonly string _word = PowerScheduleView.NameOf(kind);

    private bool Announces => kind != PowerScheduleKind.Start;

    public override CommandInfo Info => new($"schedule_{_word}", "Backups",
        $"{char.ToUpperInvariant(_word[0])}{_word[1..]}s a server on a cron schedule (UTC){(Announces ? ", announced in-game first if asked" : "")}.",
        $"schedule {_word} <server> <cron>{(Announces ? " [--announce 5m]" : "")}")
    {
        Examples = Announces ? [$"schedule {_word} mc \"0 5 * * *\" --announce 5m", $"schedule {_word} mc @daily"] : [$"schedule {_word} mc \"0 6 * * 1\""],
        Flags = Announces ? [AnnounceWord] : [],
        KeywordOptions = Announces ? [AnnounceWord] : [],
        SlashOptions =
        [
            CommandOptions.Server(),
            new CommandOption(CommandOptionType.String, "cron", "minute hour day month weekday, in UTC, e.g. 0 5 * * *") { Required = true, MaxLength = PowerSchedule.CronMaxLength },
            .. Announces ? [new CommandOption(CommandOptionType.String, AnnounceWord, "Announce in-game this long before, e.g. 5m (label serverstatus.announce)") { MaxLength = 10 }] : Array.Empty<CommandOption>(),
        ],
    };

    protected override SetPowerSchedule Sample => new("mc", kind, "@daily");

    public override Result<SetPowerSchedule> Parse(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return ScheduleWords.Read(arguments.Words, Info.Usage, (server, cron, used) => WithAnnouncement(arguments, server, cron, [.. arguments.Words.Skip(used)]));
    }

    private Result<SetPowerSchedule> WithAnnouncement(CommandArguments arguments, string server, string cron, List<string> tail)
    {
        if (tail.Count > 0 && string.Equals(tail[0], AnnounceWord, StringComparison.OrdinalIgnoreCase))
        {
            tail.RemoveAt(0);
        }
        else if (!arguments.Has(AnnounceWord))
        {
            return tail.Count == 0
                ? new SetPowerSchedule(server, kind, cron)
                : Error.Invalid($"After the cron expression only `--announce <duration>` may follow, not `{ErrorReplies.Fit(string.Join(' ', tail), 40)}`.");
        }

        if (tail.Count != 1 || !Durations.TryParse(tail[0], out var announce))
        {
            return Error.Invalid($"`--announce` needs one duration such as `5m`, `30s` or `1h`{(tail.Count == 0 ? "" : $", not `{ErrorReplies.Fit(string.Join(' ', tail), 40)}`")}.");
        }

        return new SetPowerSchedule(server, kind, cron, Announce: announce);
    }

    public override BotReply Format(PowerScheduleChange result) => PowerScheduleReplies.Set(result);
}
