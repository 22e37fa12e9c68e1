using ServerStatus.Application.Backups.Common;

namespace ServerStatus.Application.Backups.SetBackupSchedule;

/// <summary>The schedule as it is now, and the one it replaced, if any.</summary>
public sealed record ScheduleChange(ScheduleView Schedule, ScheduleView? Replaced);
