using System.Diagnostics.CodeAnalysis;
using Cronos;
using ServerStatus.Application.Common.Validation;

namespace ServerStatus.Application.Backups;

/// <summary>
/// A standard five-field cron expression (minute hour day month weekday) or a macro such as <c>@daily</c>,
/// evaluated in UTC, as the job scheduler runs it.
/// </summary>
public sealed class CronSchedule
{
    private const int OccurrencesChecked = 500;

    private readonly CronExpression _expression;

    private CronSchedule(string text, CronExpression expression)
    {
        Text = text;
        _expression = expression;
    }

    /// <summary>The expression with its fields separated by single spaces.</summary>
    public string Text { get; }

    public static bool TryParse(string? text, [NotNullWhen(true)] out CronSchedule? schedule)
    {
        schedule = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var normalized = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (!CronExpression.TryParse(normalized, CronFormat.Standard, out var expression))
        {
            return false;
        }

        schedule = new CronSchedule(normalized, expression);
        return true;
    }

    /// <summary>The first run after <paramref name="from"/>, or none when the expression never fires again (e.g. 30 February).</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset from) => _expression.GetNextOccurrence(from, TimeZoneInfo.Utc);

    /// <summary>The shortest time between two consecutive runs over the next few hundred runs after <paramref name="from"/>.</summary>
    public TimeSpan? ShortestInterval(DateTimeOffset from)
    {
        TimeSpan? shortest = null;
        var previous = NextAfter(from);
        for (var i = 0; previous is { } at && i < OccurrencesChecked; i++)
        {
            var next = NextAfter(at);
            if (next is { } following && (shortest is null || following - at < shortest))
            {
                shortest = following - at;
            }

            previous = next;
        }

        return shortest;
    }
}

public static class CronRules
{
    private static readonly DateTimeOffset Reference = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A cron expression that parses, fires at all, and not more often than every <paramref name="minimumInterval"/>.</summary>
    public static IRuleBuilderOptions<T, string> Cron<T>(this IRuleBuilder<T, string> rule, TimeSpan minimumInterval, string advice = "back up less often") =>
        rule.Must(text => CronSchedule.TryParse(text, out _))
            .WithMessage((_, text) => $"`{EchoedInput.Shorten(text)}` is not a cron expression: write five fields, minute hour day month weekday, in UTC — e.g. `0 4 * * *` for 04:00 every day, `0 */6 * * *` every six hours — or `@daily`, `@weekly`.")
            .Must(text => !CronSchedule.TryParse(text, out var schedule) || schedule.NextAfter(Reference.AddYears(-1)) is not null)
            .WithMessage((_, text) => $"`{EchoedInput.Shorten(text)}` never runs: check the day and month.")
            .Must(text => !CronSchedule.TryParse(text, out var schedule) || !(schedule.ShortestInterval(Reference) < minimumInterval))
            .WithMessage((_, text) => $"`{EchoedInput.Shorten(text)}` runs more often than every {minimumInterval.TotalMinutes:0} minutes (Backups:MinScheduleIntervalMinutes): {advice}.");
}
