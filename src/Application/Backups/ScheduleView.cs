using ServerStatus.Domain.Backups;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Backups;

/// <summary>One backup schedule as replies show it, with its next run (UTC).</summary>
public sealed record ScheduleView(
    string Server,
    string QualifiedServer,
    string Cron,
    int Keep,
    DateTimeOffset? NextRunAt,
    DateTimeOffset? LastRunAt,
    bool? LastSucceeded,
    string? LastResult)
{
    /// <summary>Who set it (<c>user 123</c>).</summary>
    public string CreatedBy { get; init; } = "";

    public static ScheduleView From(BackupSchedule schedule, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var next = CronSchedule.TryParse(schedule.Cron, out var cron) ? cron.NextAfter(now) : null;
        return new(ServerName.Parse(schedule.Server).Name, schedule.Server, schedule.Cron, schedule.Keep, next,
            schedule.LastRunAt, schedule.LastSucceeded, schedule.LastResult)
        {
            CreatedBy = schedule.CreatedBy,
        };
    }
}
