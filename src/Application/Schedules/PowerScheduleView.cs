using ServerStatus.Application.Backups;
using ServerStatus.Domain.Schedules;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Schedules;

/// <summary>One power schedule or chain as replies show it, with its next run (UTC).</summary>
public sealed record PowerScheduleView(
    long Id,
    PowerScheduleKind Kind,
    string Server,
    string QualifiedServer,
    string Cron,
    string Steps,
    TimeSpan? Announce,
    ulong AuthorId,
    DateTimeOffset? NextRunAt,
    DateTimeOffset? LastRunAt,
    bool? LastSucceeded,
    string? LastResult)
{
    /// <summary>The kind as commands write it: <c>restart</c>, <c>stop</c>, <c>start</c>, <c>chain</c>.</summary>
    public string KindName => NameOf(Kind);

    public static string NameOf(PowerScheduleKind kind) => kind.ToString().ToLowerInvariant();

    public static PowerScheduleView From(PowerSchedule schedule, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var next = CronSchedule.TryParse(schedule.Cron, out var cron) ? cron.NextAfter(now) : null;
        return new(schedule.Id, schedule.Kind, ServerName.Parse(schedule.Server).Name, schedule.Server, schedule.Cron, schedule.Steps,
            schedule.AnnounceSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null, schedule.AuthorId,
            next, schedule.LastRunAt, schedule.LastSucceeded, schedule.LastResult);
    }
}
