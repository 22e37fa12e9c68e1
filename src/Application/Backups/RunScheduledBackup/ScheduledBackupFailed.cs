using ServerStatus.Application.Common.Notifications;

namespace ServerStatus.Application.Backups.RunScheduledBackup;

/// <summary>A scheduled backup that did not happen; <paramref name="Reason"/> is the sentence users would have seen.</summary>
public sealed record ScheduledBackupFailed(string Server, string Reason) : Notification
{
    public override bool IsFailure => true;
}
