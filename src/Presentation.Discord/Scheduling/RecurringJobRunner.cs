using Microsoft.Extensions.Options;
using ServerStatus.Application.Audit.Common;
using ServerStatus.Application.Audit.PruneAudit;
using ServerStatus.Application.Backups.Common;
using ServerStatus.Application.Backups.PruneBackups;
using ServerStatus.Application.Backups.RunScheduledBackup;
using ServerStatus.Application.Common;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Logging.Common;
using ServerStatus.Application.Logging.TrimLogs;
using ServerStatus.Infrastructure.Scheduling;

namespace ServerStatus.Presentation.Discord.Scheduling;

/// <summary>
/// Runs a recurring job: sends its one message with the system actor. No logic here; a failed result fails the
/// job so the dashboard shows it. Telling anyone (the notification channel) is the use case's business.
/// </summary>
public sealed partial class RecurringJobRunner(
    ActorScopedSender sender,
    IOptions<LogFileOptions> logFile,
    IOptions<AuditOptions> audit,
    IOptions<BackupOptions> backups,
    ILogger<RecurringJobRunner> logger) : IRecurringJobRunner
{
    public async Task RunAsync(string jobId, CancellationToken ct)
    {
        var (errors, summary) = jobId switch
        {
            RecurringJobIds.TrimLogs => Describe(await sender.SendAsync(Actor.System, new TrimLogs(logFile.Value.EffectiveDirectoryBudgetKb), ct),
                r => $"deleted {r.Deleted.Count} file(s), {r.RemainingBytes / 1024} KB left"),
            RecurringJobIds.PruneAudit => Describe(await sender.SendAsync(Actor.System, new PruneAudit(audit.Value.RetentionDays), ct),
                r => $"removed {r.Removed} audit row(s)"),
            RecurringJobIds.PruneBackups => Describe(await sender.SendAsync(Actor.System, new PruneBackups(backups.Value.PreRestoreRetentionDays), ct),
                r => $"deleted {r.ExpiredPreRestore} expired pre-restore and {r.ScheduledBeyondKeep} surplus scheduled backup(s)"
                    + (r.SkippedBusy.Count > 0 ? $"; skipped busy {string.Join(", ", r.SkippedBusy)}" : "")),
            _ when BackupScheduleJobs.TryGetServer(jobId, out var server) => Describe(await sender.SendAsync(Actor.System, new RunScheduledBackup(server), ct),
                r => $"backup {r.Backup.Name} of {r.Backup.Server}, {r.Pruned.Count} older one(s) pruned"),
            _ => throw new InvalidOperationException($"There is no recurring job '{jobId}'."),
        };
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"Job {jobId} failed: {string.Join(" ", errors.Select(e => e.Message))}");
        }

        LogJobDone(jobId, summary);
    }

    private static (IReadOnlyList<Error> Errors, string Summary) Describe<T>(Result<T> result, Func<T, string> summary) =>
        result.IsSuccess ? ([], summary(result.Value)) : (result.Errors, "");

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Job {JobId} done: {Summary}.")]
    private partial void LogJobDone(string jobId, string summary);
}
