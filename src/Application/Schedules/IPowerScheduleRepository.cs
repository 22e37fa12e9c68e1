using ServerStatus.Domain.Schedules;

namespace ServerStatus.Application.Schedules;

/// <summary>The power schedules and chains: at most one per server and kind.</summary>
public interface IPowerScheduleRepository
{
    /// <summary>The schedule with this id, tracked for changes.</summary>
    Task<PowerSchedule?> FindAsync(long id, CancellationToken ct);

    /// <summary>The server's schedule of this kind (engine-qualified server name), tracked for changes.</summary>
    Task<PowerSchedule?> FindAsync(string server, PowerScheduleKind kind, CancellationToken ct);

    /// <summary>Every schedule, ordered by server, then kind.</summary>
    Task<IReadOnlyList<PowerSchedule>> ListAsync(CancellationToken ct);

    Task AddAsync(PowerSchedule schedule, CancellationToken ct);

    /// <summary>Saves the changes made to a schedule found through <see cref="FindAsync(long, CancellationToken)"/>.</summary>
    Task UpdateAsync(PowerSchedule schedule, CancellationToken ct);

    /// <summary>Reads the stored state of a tracked schedule again (another run may have changed it since it was found).</summary>
    Task ReloadAsync(PowerSchedule schedule, CancellationToken ct);

    Task RemoveAsync(PowerSchedule schedule, CancellationToken ct);
}
