namespace ServerStatus.Domain.Backups;

/// <summary>Why a backup was taken; manual ones are never pruned automatically.</summary>
public enum BackupTrigger
{
    Manual = 0,
    PreRestore = 1,
    Scheduled = 2,
    PreUpdate = 3,
}
