using ServerStatus.Application.Backups.Common;

namespace ServerStatus.Application.Backups.SetBackupSchedule;

/// <summary>The schedule as it is now, the one it replaced (if any), and where its results will be posted (null: only logged).</summary>
public sealed record ScheduleChange(ScheduleView Schedule, ScheduleView? Replaced, string? NotifiesTo);
