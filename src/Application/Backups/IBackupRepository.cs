using ServerStatus.Domain.Backups;

namespace ServerStatus.Application.Backups;

/// <summary>The records of finished backups.</summary>
public interface IBackupRepository
{
    Task AddAsync(BackupRecord record, CancellationToken ct);

    Task<BackupRecord?> FindAsync(string server, string name, CancellationToken ct);

    /// <summary>The server's backups, newest first.</summary>
    Task<IReadOnlyList<BackupRecord>> ListAsync(string server, CancellationToken ct);

    /// <summary>Backups of every server made for this reason before the given time, oldest first.</summary>
    Task<IReadOnlyList<BackupRecord>> ListCreatedBeforeAsync(BackupTrigger trigger, DateTimeOffset before, CancellationToken ct);

    Task RemoveAsync(BackupRecord record, CancellationToken ct);
}
