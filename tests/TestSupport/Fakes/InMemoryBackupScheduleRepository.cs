using ServerStatus.Application.Backups;
using ServerStatus.Domain.Backups;

namespace ServerStatus.TestSupport.Fakes;

public sealed class InMemoryBackupScheduleRepository : IBackupScheduleRepository
{
    public List<BackupSchedule> Schedules { get; } = [];

    public Task<BackupSchedule?> FindAsync(string server, CancellationToken ct) =>
        Task.FromResult(Schedules.FirstOrDefault(s => string.Equals(s.Server, server, StringComparison.OrdinalIgnoreCase)));

    public Task<IReadOnlyList<BackupSchedule>> ListAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<BackupSchedule>>([.. Schedules.OrderBy(s => s.Server, StringComparer.Ordinal)]);

    public Task AddAsync(BackupSchedule schedule, CancellationToken ct)
    {
        Schedules.Add(schedule);
        return Task.CompletedTask;
    }

    public Task UpdateAsync(BackupSchedule schedule, CancellationToken ct) => Task.CompletedTask;

    public Task RemoveAsync(BackupSchedule schedule, CancellationToken ct)
    {
        Schedules.Remove(schedule);
        return Task.CompletedTask;
    }
}
