using System.ComponentModel.DataAnnotations;

namespace ServerStatus.Presentation.Discord.Scheduling;

/// <summary>Configuration section <c>Jobs</c>: the schedules of the recurring jobs (cron, UTC).</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>When <c>trim-logs</c> runs; hourly by default.</summary>
    [Required(ErrorMessage = "Jobs:TrimLogsCron must be a cron expression, e.g. \"0 * * * *\".")]
    public string TrimLogsCron { get; set; } = "0 * * * *";

    /// <summary>When <c>prune-audit</c> runs; daily at 03:00 UTC by default.</summary>
    [Required(ErrorMessage = "Jobs:PruneAuditCron must be a cron expression, e.g. \"0 3 * * *\".")]
    public string PruneAuditCron { get; set; } = "0 3 * * *";

    /// <summary>When <c>prune-backups</c> runs (expired pre-restore backups, scheduled ones beyond their keep count); daily at 03:30 UTC by default.</summary>
    [Required(ErrorMessage = "Jobs:PruneBackupsCron must be a cron expression, e.g. \"30 3 * * *\".")]
    public string PruneBackupsCron { get; set; } = "30 3 * * *";
}
