using ServerStatus.Application.Updates;
using ServerStatus.Domain.Updates;

namespace ServerStatus.TestSupport.Fakes;

/// <summary>Pending updates in a list; ids given as a database would (the entity's id has no public setter, so it is set by reflection).</summary>
public sealed class InMemoryPendingUpdateStore : IPendingUpdateStore
{
    private readonly List<PendingUpdate> _updates = [];
    private long _nextId;

    public IReadOnlyList<PendingUpdate> Updates => _updates;

    public Task<IReadOnlyList<PendingUpdate>> ListAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<PendingUpdate>>([.. _updates.OrderBy(u => u.Server, StringComparer.Ordinal)]);

    public Task<PendingUpdate?> FindAsync(string server, CancellationToken ct) =>
        Task.FromResult(_updates.FirstOrDefault(u => u.Server == server));

    public Task SaveAsync(PendingUpdate update, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (update.Id == 0)
        {
            if (_updates.Any(u => u.Server == update.Server))
            {
                throw new InvalidOperationException($"{update.Server} already has a pending update."); // the unique index
            }

            typeof(PendingUpdate).GetProperty(nameof(PendingUpdate.Id))?.SetValue(update, ++_nextId);
            _updates.Add(update);
        }

        return Task.CompletedTask; // a found one is the caller's instance
    }

    public Task<bool> RemoveAsync(string server, CancellationToken ct) => Task.FromResult(_updates.RemoveAll(u => u.Server == server) > 0);
}
