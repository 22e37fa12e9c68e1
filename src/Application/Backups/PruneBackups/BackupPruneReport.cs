namespace ServerStatus.Application.Backups.PruneBackups;

/// <summary>How many backups were deleted, and the servers skipped because a backup or restore was running on them.</summary>
public sealed record BackupPruneReport(int ExpiredPreRestore, int ScheduledBeyondKeep, IReadOnlyList<string> SkippedBusy);
