using ServerStatus.Application.Servers.Pending;

namespace ServerStatus.TestSupport.Fakes;

/// <summary>The pending actions in memory, one per server (<see cref="Contracts.PendingActionStoreContract"/>).</summary>
public sealed class InMemoryPendingActionStore : IPendingActionStore
{
    private readonly Lock _gate = new();
    private readonly List<PendingPowerAction> _actions = [];

    public Task<PendingPowerAction?> FindAsync(Guid id, CancellationToken ct)
    {
        lock (_gate)
        {
            return Task.FromResult(_actions.FirstOrDefault(a => a.Id == id));
        }
    }

    public Task<PendingPowerAction?> FindByServerAsync(string server, CancellationToken ct)
    {
        lock (_gate)
        {
            return Task.FromResult(_actions.FirstOrDefault(a => a.Server == server));
        }
    }

    public Task<IReadOnlyList<PendingPowerAction>> ListAsync(CancellationToken ct)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<PendingPowerAction>>([.. _actions]);
        }
    }

    public Task<PendingPowerAction?> ReplaceAsync(PendingPowerAction action, CancellationToken ct)
    {
        lock (_gate)
        {
            var previous = _actions.FirstOrDefault(a => a.Server == action.Server);
            if (previous is not null)
            {
                _actions.Remove(previous);
            }

            _actions.Add(action);
            return Task.FromResult(previous);
        }
    }

    public Task<bool> UpdateAsync(PendingPowerAction action, CancellationToken ct)
    {
        lock (_gate)
        {
            var index = _actions.FindIndex(a => a.Id == action.Id);
            if (index >= 0)
            {
                _actions[index] = action;
            }

            return Task.FromResult(index >= 0);
        }
    }

    public Task<bool> TryRemoveAsync(Guid id, CancellationToken ct)
    {
        lock (_gate)
        {
            return Task.FromResult(_actions.RemoveAll(a => a.Id == id) == 1);
        }
    }
}
