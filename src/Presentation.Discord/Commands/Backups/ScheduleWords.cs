using System.Globalization;
using ServerStatus.Application.Common.Results;

namespace ServerStatus.Presentation.Discord.Commands.Backups;

/// <summary>
/// The server and cron expression that begin a power schedule or chain: the cron quoted as one word
/// (<c>"0 4 * * *"</c>), a <c>@macro</c>, or five words; <c>`backticks`</c> around it are dropped.
/// </summary>
public static class ScheduleWords
{
    private const int CronFields = 5;

    /// <summary>What <paramref name="then"/> makes of the server, the cron expression and how many words they took.</summary>
    public static Result<T> Read<T>(IReadOnlyList<string> words, string usage, Func<string, string, int, Result<T>> then)
    {
        ArgumentNullException.ThrowIfNull(then);
        var start = Read(words, usage);
        return start.IsSuccess ? then(start.Value.Server, start.Value.Cron, start.Value.Used) : Result<T>.Fail(start.Errors);
    }

    private static Result<(string Server, string Cron, int Used)> Read(IReadOnlyList<string> words, string usage)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count < 2)
        {
            return Error.Invalid($"Name a server and a cron expression: `{usage}`.");
        }

        var first = words[1].Trim('`');
        if (first.StartsWith('@') || first.Contains(' ', StringComparison.Ordinal))
        {
            return (words[0], first, 2);
        }

        var fields = words.Skip(1).Take(CronFields).Select(w => w.Trim('`')).ToList();
        if (fields.Count < CronFields)
        {
            return Error.Invalid(string.Create(CultureInfo.InvariantCulture,
                $"`{string.Join(' ', fields)}` has {fields.Count} fields; a cron expression has five: minute hour day month weekday, e.g. `0 4 * * *` (quote it: `\"0 4 * * *\"`)."));
        }

        return (words[0], string.Join(' ', fields), 1 + CronFields);
    }
}
