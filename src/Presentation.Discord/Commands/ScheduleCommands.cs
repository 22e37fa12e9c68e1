using System.Globalization;
using DiscordApi.Commands;
using Mediator;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Common.Results;
using ServerStatus.Domain.Backups;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands;

/// <summary>schedule, schedule list, schedule remove: automatic backups, for admins.</summary>
public static class ScheduleCommands
{
    public const string ListWord = "list";
    public const string RemoveWord = "remove";
    public const string KeepWord = "keep";
    private const int CronFields = 5;

    public static IReadOnlyList<BotCommand> All { get; } = [Schedule(), ScheduleList(), ScheduleRemove()];

    private static BotCommand Schedule() => new(
        new CommandDefinition("schedule", "Backups", "Backs a server up automatically on a cron schedule (UTC), keeping the newest N scheduled backups.", "schedule <server> <cron> [keep N] · schedule list · schedule remove <server>")
        {
            Examples = ["schedule mc 0 4 * * * keep 7", "schedule mc @daily", "schedule list", "schedule remove mc"],
            AdminOnly = true,
            SlashOptions =
            [
                BackupCommands.ServerOption(),
                new CommandOption(CommandOptionType.String, "cron", "minute hour day month weekday, in UTC, e.g. 0 4 * * *") { Required = true, MaxLength = BackupSchedule.CronMaxLength },
                new CommandOption(CommandOptionType.Integer, KeepWord, "How many scheduled backups to keep") { MinValue = 1, MaxValue = BackupSchedule.MaxKeep },
            ],
        },
        Parse);

    private static BotCommand ScheduleList() => new(
        new CommandDefinition("schedule_list", "Backups", "Lists the backup schedules with their next and last runs.", "schedule list")
        {
            Examples = ["schedule list"],
            AdminOnly = true,
        },
        args => args.Words.Count == 0 ? List() : Error.Invalid("`schedule list` takes no arguments."));

    private static BotCommand ScheduleRemove() => new(
        new CommandDefinition("schedule_remove", "Backups", "Stops a server's automatic backups; the backups already made are kept.", "schedule remove <server>")
        {
            Examples = ["schedule remove mc"],
            AdminOnly = true,
            SlashOptions = [BackupCommands.ServerOption()],
        },
        args => args.Words.Count == 1 ? Run(new RemoveBackupSchedule(args.Words[0]), ScheduleReplies.Removed) : Error.Invalid("Name the one server whose schedule to remove."));

    public static Result<CommandRun> Parse(CommandArguments args)
    {
        var request = Request(args);
        if (!request.IsSuccess)
        {
            return Result<CommandRun>.Fail(request.Errors);
        }

        return request.Value switch
        {
            SetBackupSchedule set => Run(set, ScheduleReplies.Set),
            RemoveBackupSchedule remove => Run(remove, ScheduleReplies.Removed),
            _ => List(),
        };
    }

    /// <summary>
    /// <c>schedule list</c>, <c>schedule remove mc</c>, or <c>schedule mc 0 4 * * * [keep 7]</c>: the cron expression is
    /// five fields (or one <c>@macro</c>), quoted or not; a number after it is the keep count.
    /// </summary>
    public static Result<IMessage> Request(CommandArguments args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var words = args.Words.SelectMany(w => w.Trim('`').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToList();
        if (words.Count == 1 && IsWord(words[0], ListWord))
        {
            return new ListBackupSchedules();
        }

        if (words.Count == 2 && IsWord(words[0], RemoveWord))
        {
            return new RemoveBackupSchedule(words[1]);
        }

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

        var keep = ParseKeep(words.Skip(1 + cronLength).ToList());
        return keep.IsSuccess
            ? new SetBackupSchedule(words[0], string.Join(' ', words.Skip(1).Take(cronLength)), keep.Value)
            : Result<IMessage>.Fail(keep.Errors);
    }

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

    private static CommandRun List() => new(async (context, ct) =>
    {
        var result = await context.Sender.SendAsync(context.Actor, new ListBackupSchedules(), ct);
        return result.IsSuccess ? ScheduleReplies.List(result.Value) : ErrorReplies.From(result.Errors);
    });

    private static CommandRun Run<T>(ICommand<Result<T>> command, Func<T, BotReply> reply) => new(async (context, ct) =>
    {
        var result = await context.Sender.SendAsync(context.Actor, command, ct);
        return result.IsSuccess ? reply(result.Value) : ErrorReplies.From(result.Errors);
    });

    private static bool IsWord(string word, string expected) => string.Equals(word, expected, StringComparison.OrdinalIgnoreCase);
}
