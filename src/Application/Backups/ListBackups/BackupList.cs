using ServerStatus.Application.Backups.Common;

namespace ServerStatus.Application.Backups.ListBackups;

public sealed record BackupList(string Server, IReadOnlyList<BackupView> Backups);
