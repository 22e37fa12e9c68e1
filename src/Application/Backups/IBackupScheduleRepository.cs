using ServerStatus.Domain.Backups;

namespace ServerStatus.Application.Backups;

/// <summary>The backup schedules, one per server.</summary>
public interface IBackupScheduleRepository
{
    /// <summary>The schedule of the server with this engine-qualified name, tracked for changes.</summary>
    Task<BackupSchedule?> FindAsync(string server, CancellationToken ct);

    /// <summary>Every schedule, ordered by server.</summary>
    Task<IReadOnlyList<BackupSchedule>> ListAsync(CancellationToken ct);

    Task AddAsync(BackupSchedule schedule, CancellationToken ct);

    /// <summary>Saves the changes made to a schedule found through <see cref="FindAsync"/>.</summary>
    Task UpdateAsync(BackupSchedule schedule, CancellationToken ct);

    Task RemoveAsync(BackupSchedule schedule, CancellationToken ct);
}
