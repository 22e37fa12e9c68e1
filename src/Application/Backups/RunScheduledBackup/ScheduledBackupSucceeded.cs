using ServerStatus.Application.Common.Notifications;

namespace ServerStatus.Application.Backups.RunScheduledBackup;

public sealed record ScheduledBackupSucceeded(ScheduledBackupReport Report) : Notification
{
    public override bool IsFailure => false;
}
