using ServerStatus.Application.Schedules;
using ServerStatus.Domain.Schedules;

namespace ServerStatus.TestSupport.Fakes;

/// <summary>Power schedules in a list; an added one gets the next id, as the database would give it.</summary>
public sealed class InMemoryPowerScheduleRepository : IPowerScheduleRepository
{
    private long _nextId;

    public List<PowerSchedule> Schedules { get; } = [];

    public Task<PowerSchedule?> FindAsync(long id, CancellationToken ct) => Task.FromResult(Schedules.FirstOrDefault(s => s.Id == id));

    public Task<PowerSchedule?> FindAsync(string server, PowerScheduleKind kind, CancellationToken ct) =>
        Task.FromResult(Schedules.FirstOrDefault(s => s.Kind == kind && string.Equals(s.Server, server, StringComparison.Ordinal)));

    public Task<IReadOnlyList<PowerSchedule>> ListAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<PowerSchedule>>([.. Schedules.OrderBy(s => s.Server, StringComparer.Ordinal).ThenBy(s => s.Kind)]);

    public Task AddAsync(PowerSchedule schedule, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        typeof(PowerSchedule).GetProperty(nameof(PowerSchedule.Id))!.SetValue(schedule, ++_nextId);
        Schedules.Add(schedule);
        return Task.CompletedTask;
    }

    public Task UpdateAsync(PowerSchedule schedule, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Nothing to read again: every caller holds the one stored instance.</summary>
    public Task ReloadAsync(PowerSchedule schedule, CancellationToken ct) => Task.CompletedTask;

    public Task RemoveAsync(PowerSchedule schedule, CancellationToken ct)
    {
        Schedules.Remove(schedule);
        return Task.CompletedTask;
    }
}
