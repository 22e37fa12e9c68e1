using ServerStatus.Domain.Updates;

namespace ServerStatus.Application.Updates;

/// <summary>The pending updates the checks found, one per server (engine-qualified name).</summary>
public interface IPendingUpdateStore
{
    /// <summary>Every pending update, ordered by server.</summary>
    Task<IReadOnlyList<PendingUpdate>> ListAsync(CancellationToken ct);

    Task<PendingUpdate?> FindAsync(string server, CancellationToken ct);

    /// <summary>Stores a new one (it gets its id) or saves the changes of one found here.</summary>
    Task SaveAsync(PendingUpdate update, CancellationToken ct);

    /// <summary>Forgets the server's pending update; false when there was none.</summary>
    Task<bool> RemoveAsync(string server, CancellationToken ct);
}
