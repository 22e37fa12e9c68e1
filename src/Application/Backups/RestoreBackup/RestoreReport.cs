namespace ServerStatus.Application.Backups.RestoreBackup;

/// <summary>A finished restore: the backup restored, the safety backup taken before, and whether the server was started again.</summary>
public sealed record RestoreReport(string Server, string Name, string SafetyBackup, bool Restarted);
