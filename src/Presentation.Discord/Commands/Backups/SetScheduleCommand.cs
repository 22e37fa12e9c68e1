using System.Globalization;
using DiscordApi.Commands;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Common.Results;
using ServerStatus.Domain.Backups;
using ServerStatus.Domain.Schedules;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Backups;

/// <summary>
/// <c>schedule &lt;server&gt; &lt;cron&gt; [keep N]</c>: automatic backups. The cron expression is five fields (or one
/// <c>@macro</c>), quoted or not; a number after it is the keep count (<c>schedule backup &lt;server&gt; …</c> says the same,
/// for a server named like a sub-command). In chat, <c>schedule list</c>, <c>schedule remove &lt;server&gt; [kind]</c>,
/// <c>schedule restart|stop|start …</c> and <c>schedule chain …</c> are the sibling commands.
/// </summary>
public sealed class SetScheduleCommand : BotCommand<SetBackupSchedule, ScheduleChange>
{
    public const string KeepWord = "keep";
    private const int CronFields = 5;

    private static readonly SetScheduleCommand NamedBackup = new(named: true);
    private static readonly ListSchedulesCommand List = new();
    private static readonly RemoveScheduleCommand Remove = new();
    private static readonly ChainScheduleCommand Chain = new();
    private static readonly Dictionary<string, PowerScheduleCommand> Power = new(StringComparer.OrdinalIgnoreCase)
    {
        ["restart"] = new(PowerScheduleKind.Restart),
        ["stop"] = new(PowerScheduleKind.Stop),
        ["start"] = new(PowerScheduleKind.Start),
    };

    private readonly bool _named;

    public SetScheduleCommand()
    {
    }

    // "schedule backup <server> …": the words after `backup` are the backup schedule's own, whatever the server is called.
    private SetScheduleCommand(bool named) => _named = named;

    public override CommandInfo Info { get; } = new("schedule", "Backups",
        "Backs a server up automatically on a cron schedule (UTC), keeping the newest N scheduled backups.", "schedule <server> <cron> [keep N]")
    {
        Examples = ["schedule mc 0 4 * * * keep 7", "schedule mc @daily", "schedule restart mc \"0 5 * * *\" --announce 5m", "schedule chain mc \"0 4 * * *\" backup, restart", "schedule list", "schedule remove mc", "schedule remove mc chain"],
        SlashOptions =
        [
            CommandOptions.Server(),
            new CommandOption(CommandOptionType.String, "cron", "minute hour day month weekday, in UTC, e.g. 0 4 * * *") { Required = true, MaxLength = BackupSchedule.CronMaxLength },
            new CommandOption(CommandOptionType.Integer, KeepWord, "How many scheduled backups to keep") { MinValue = 1, MaxValue = BackupSchedule.MaxKeep },
        ],
    };

    protected override SetBackupSchedule Sample { get; } = new("mc", "@daily");

    public override Result<SetBackupSchedule> Parse(CommandArguments arguments)
    {
        var words = Words(arguments);
        if (words.Count < 2)
        {
            return Error.Invalid("Name a server and a cron expression, e.g. `schedule mc 0 4 * * * keep 7` (04:00 UTC daily, keep 7).");
        }

        var cronLength = words[1].StartsWith('@') ? 1 : CronFields;
        var fields = words.Count - 1;
        if (fields < cronLength)
        {
            return Error.Invalid(string.Create(CultureInfo.InvariantCulture,
                $"`{string.Join(' ', words.Skip(1))}` has {fields} fields; a cron expression has five: minute hour day month weekday, e.g. `0 4 * * *`."));
        }

        var keep = ParseKeep([.. words.Skip(1 + cronLength)]);
        return keep.IsSuccess
            ? new SetBackupSchedule(words[0], string.Join(' ', words.Skip(1).Take(cronLength)), keep.Value)
            : Result<SetBackupSchedule>.Fail(keep.Errors);
    }

    public override BotReply Format(ScheduleChange result) => ScheduleReplies.Set(result);

    protected override IBotCommand? Subcommand(CommandArguments arguments)
    {
        if (_named)
        {
            return null;
        }

        var words = Words(arguments);
        return words.Count switch
        {
            1 when IsWord(words[0], ListSchedulesCommand.Word) => List,
            2 or 3 when IsWord(words[0], RemoveScheduleCommand.Word) => Remove,
            >= 3 when IsWord(words[0], RemoveScheduleCommand.BackupWord) => NamedBackup,
            _ when arguments.FirstWord is { } first && Power.TryGetValue(first, out var power) => power,
            _ when IsWord(arguments.FirstWord ?? "", ChainScheduleCommand.Word) => Chain,
            _ => null,
        };
    }

    // A cron expression may come as one quoted (or `code`) word; its fields count as words of their own.
    private static List<string> Words(CommandArguments arguments) =>
        [.. arguments.Words.SelectMany(w => w.Trim('`').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))];

    private static Result<int?> ParseKeep(List<string> tail)
    {
        var number = tail.Count switch
        {
            0 => null,
            1 => tail[0],
            2 when IsWord(tail[0], KeepWord) => tail[1],
            _ => "",
        };
        if (number is null)
        {
            return Result<int?>.Success(null);
        }

        if (number.Length == 0)
        {
            return Error.Invalid($"After the cron expression only `keep N` may follow, not `{ErrorReplies.Fit(string.Join(' ', tail), 40)}`.");
        }

        return int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var keep)
            ? keep
            : Error.Invalid($"`keep` needs a number from 1 to {BackupSchedule.MaxKeep}, not `{ErrorReplies.Fit(number, 40)}`.");
    }

    private static bool IsWord(string word, string expected) => string.Equals(word, expected, StringComparison.OrdinalIgnoreCase);
}
