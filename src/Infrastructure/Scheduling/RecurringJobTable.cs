using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Audit;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Backups.RunScheduledBackup;
using ServerStatus.Application.Logging;
using ServerStatus.Application.Metrics;
using ServerStatus.Application.Schedules;
using ServerStatus.Application.Schedules.RunScheduledPowerAction;
using ServerStatus.Application.Updates;
using ServerStatus.Application.Watch;

namespace ServerStatus.Infrastructure.Scheduling;

/// <summary>
/// The recurring jobs, in one table that registration, the runner and the dashboard's ids all read. A row is an id,
/// where its cron comes from, the one message it sends with the system actor and a summary of its result for the
/// log. The fixed part is <see cref="Fixed"/>; the stored part is one <c>backup:&lt;engine&gt;/&lt;server&gt;</c> row per
/// backup schedule in the database (<see cref="ScheduledBackup"/>) and one <c>power:&lt;id&gt;</c> row per power
/// schedule or chain (<see cref="ScheduledPowerAction"/>). A new recurring job is one row here, plus its use case.
/// </summary>
public sealed class RecurringJobTable(IOptions<JobsOptions> options, IStoredJobSource stored)
{
    /// <summary>The fixed part: maintenance jobs, their crons (UTC) from configuration.</summary>
    public static IReadOnlyList<RecurringJob> Fixed { get; } =
    [
        RecurringJob.Sends("trim-logs", "Jobs:TrimLogsCron", "0 * * * *",
            services => new TrimLogs(Settings<LogFileOptions>(services).EffectiveDirectoryBudgetKb),
            report => $"deleted {report.Deleted.Count} file(s), {report.RemainingBytes / 1024} KB left"),
        RecurringJob.Sends("prune-audit", "Jobs:PruneAuditCron", "0 3 * * *",
            services => new PruneAudit(Settings<AuditOptions>(services).RetentionDays),
            report => $"removed {report.Removed} audit row(s)"),
        RecurringJob.Sends("prune-backups", "Jobs:PruneBackupsCron", "30 3 * * *",
            services => new PruneBackups(Settings<BackupOptions>(services).PreRestoreRetentionDays),
            report => $"deleted {report.ExpiredPreRestore} expired pre-restore and {report.ScheduledBeyondKeep} surplus scheduled backup(s)"
                + (report.SkippedBusy.Count > 0 ? $"; skipped busy {string.Join(", ", report.SkippedBusy)}" : "")),
        RecurringJob.Sends("end-maintenance", "Jobs:EndMaintenanceCron", "* * * * *",
            _ => new EndDueMaintenance(),
            report => $"ended {report.Ended} maintenance window(s), reminded {report.Reminded} author(s), {report.MutesExpired} mute(s) expired"),
        RecurringJob.Sends("downsample-metrics", "Jobs:DownsampleMetricsCron", "5 * * * *",
            services => new DownsampleMetrics(Settings<MetricsOptions>(services).RetentionDays),
            report => $"rolled {report.SamplesRolledUp} sample(s) up into {report.RollupsWritten} 15-minute point(s), deleted {report.RollupsDeleted} expired point(s)"),
        RecurringJob.Sends("check-updates", "Updates:CheckCron", "0 */6 * * *",
            services => new CheckForUpdates(Settings<UpdatesOptions>(services).JitterMinutes),
            report => report.Summary),
        RecurringJob.Sends("prune-update-images", "Jobs:PruneUpdateImagesCron", "45 3 * * *",
            services => new Application.Updates.UpdateServer.PruneUpdateImages(Settings<UpdatesOptions>(services).KeepOldImageDays),
            report => $"removed {report.Removed} old image(s) kept for rollback, {report.InUse} still in use"),
    ];

    /// <summary>The stored part: the row of a server's backup schedule (its cron is the stored schedule's).</summary>
    public static RecurringJob ScheduledBackup(string server)
    {
        var id = BackupScheduleJobs.IdFor(server);
        return RecurringJob.Sends(id, $"the schedule of {id} (`schedule` command)", defaultCron: null,
            _ => new RunScheduledBackup(server),
            report => $"backup {report.Backup.Name} of {report.Backup.Server}, {report.Pruned.Count} older one(s) pruned");
    }

    /// <summary>The stored part: the row of a power schedule or chain (<c>power:&lt;id&gt;</c>; its cron is the stored schedule's).</summary>
    public static RecurringJob ScheduledPowerAction(long scheduleId)
    {
        var id = PowerScheduleJobs.IdFor(scheduleId);
        return RecurringJob.Sends(id, $"the schedule of {id} (`schedule list`)", defaultCron: null,
            _ => new RunScheduledPowerAction(scheduleId),
            report => $"{report.Kind} of {report.Server}: {report.Chain.Summary}");
    }

    /// <summary>The row of a job id, fixed or stored (a stored job's row follows from its id alone); null when there is none.</summary>
    public static RecurringJob? Find(string id) =>
        Fixed.FirstOrDefault(job => job.Id == id)
        ?? (BackupScheduleJobs.TryGetServer(id, out var server) ? ScheduledBackup(server)
            : PowerScheduleJobs.TryGetSchedule(id, out var schedule) ? ScheduledPowerAction(schedule.Value) : null);

    /// <summary>Every job to register with its cron: the fixed part from configuration, then the stored part from the database.</summary>
    public async Task<IReadOnlyList<(RecurringJob Job, string Cron)>> ListAsync(CancellationToken ct)
    {
        var storedJobs = await stored.ListAsync(ct);
        return
        [
            .. Fixed.Select(job => (job, options.Value.CronOf(job))),
            .. storedJobs.Select(s => (Find(s.JobId) ?? throw new InvalidOperationException($"No row of the job table runs the stored job {s.JobId}."), s.Cron)),
        ];
    }

    private static T Settings<T>(IServiceProvider services)
        where T : class => services.GetRequiredService<IOptions<T>>().Value;
}
