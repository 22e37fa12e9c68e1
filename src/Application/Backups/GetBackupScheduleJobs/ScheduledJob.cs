namespace ServerStatus.Application.Backups.GetBackupScheduleJobs;

/// <summary>A recurring job id and its cron expression (UTC).</summary>
public sealed record ScheduledJob(string JobId, string Cron);
