using FluentValidation;
using ServerStatus.Application.Common.Validation;

namespace ServerStatus.Application.Backups.Common;

public static class CronRules
{
    private static readonly DateTimeOffset Reference = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A cron expression that parses, fires at all, and not more often than every <paramref name="minimumInterval"/>.</summary>
    public static IRuleBuilderOptions<T, string> Cron<T>(this IRuleBuilder<T, string> rule, TimeSpan minimumInterval) =>
        rule.Must(text => CronSchedule.TryParse(text, out _))
            .WithMessage((_, text) => $"`{EchoedInput.Shorten(text)}` is not a cron expression: write five fields, minute hour day month weekday, in UTC — e.g. `0 4 * * *` for 04:00 every day, `0 */6 * * *` every six hours — or `@daily`, `@weekly`.")
            .Must(text => !CronSchedule.TryParse(text, out var schedule) || schedule.NextAfter(Reference.AddYears(-1)) is not null)
            .WithMessage((_, text) => $"`{EchoedInput.Shorten(text)}` never runs: check the day and month.")
            .Must(text => !CronSchedule.TryParse(text, out var schedule) || !(schedule.ShortestInterval(Reference) < minimumInterval))
            .WithMessage((_, text) => $"`{EchoedInput.Shorten(text)}` runs more often than every {minimumInterval.TotalMinutes:0} minutes (Backups:MinScheduleIntervalMinutes): back up less often.");
}
