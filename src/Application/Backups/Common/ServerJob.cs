namespace ServerStatus.Application.Backups.Common;

/// <summary>The exclusive job a server is busy with.</summary>
public enum ServerJob
{
    Backup,
    Restore,
    Delete,
}
