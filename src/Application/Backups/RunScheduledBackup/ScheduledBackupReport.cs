using ServerStatus.Application.Backups.Common;

namespace ServerStatus.Application.Backups.RunScheduledBackup;

/// <summary>The backup a schedule made, and the older scheduled backups removed to keep <paramref name="Keep"/>.</summary>
public sealed record ScheduledBackupReport(BackupView Backup, IReadOnlyList<string> Pruned, int Keep);
