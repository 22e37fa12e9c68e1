using ServerStatus.Domain.Watch;

namespace ServerStatus.Application.Watch;

/// <summary>The maintenance windows (<c>maintenance on</c>): one per server, plus the window of every server <c>*</c>.</summary>
public interface IMaintenanceRepository
{
    /// <summary>Every stored window (one whose end passed stays until it is removed), ordered by scope: one query.</summary>
    Task<IReadOnlyList<MaintenanceWindow>> ListAsync(CancellationToken ct);

    /// <summary>Puts the scope in maintenance, replacing its window if it has one (the reminder is then due again).</summary>
    Task<MaintenanceWindow> StartAsync(string scope, string reason, TimeSpan? duration, ulong startedBy, DateTimeOffset at, CancellationToken ct);

    /// <summary>Removes the scope's window: the one removed, or null when it had none.</summary>
    Task<MaintenanceWindow?> RemoveAsync(string scope, CancellationToken ct);

    /// <summary>Records that the author of the scope's window was reminded (nothing when it has none).</summary>
    Task MarkRemindedAsync(string scope, DateTimeOffset at, CancellationToken ct);
}
