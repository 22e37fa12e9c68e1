using ServerStatus.Application.Backups.Common;

namespace ServerStatus.Application.Backups.ListBackupSchedules;

public sealed record ScheduleList(IReadOnlyList<ScheduleView> Schedules);
