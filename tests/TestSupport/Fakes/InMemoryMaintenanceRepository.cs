using ServerStatus.Application.Watch;
using ServerStatus.Domain.Watch;

namespace ServerStatus.TestSupport.Fakes;

public sealed class InMemoryMaintenanceRepository : IMaintenanceRepository
{
    public List<MaintenanceWindow> Windows { get; } = [];

    public Task<IReadOnlyList<MaintenanceWindow>> ListAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<MaintenanceWindow>>([.. Windows.OrderBy(w => w.Scope, StringComparer.Ordinal)]);

    public Task<MaintenanceWindow> StartAsync(string scope, string reason, TimeSpan? duration, ulong startedBy, DateTimeOffset at, CancellationToken ct)
    {
        var window = Windows.FirstOrDefault(w => w.Scope == scope);
        if (window is null)
        {
            window = MaintenanceWindow.Start(scope, reason, duration, startedBy, at);
            Windows.Add(window);
        }
        else
        {
            window.Restart(reason, duration, startedBy, at);
        }

        return Task.FromResult(window);
    }

    public Task<MaintenanceWindow?> RemoveAsync(string scope, CancellationToken ct)
    {
        var window = Windows.FirstOrDefault(w => w.Scope == scope);
        if (window is not null)
        {
            Windows.Remove(window);
        }

        return Task.FromResult(window);
    }

    public Task MarkRemindedAsync(string scope, DateTimeOffset at, CancellationToken ct)
    {
        Windows.FirstOrDefault(w => w.Scope == scope)?.MarkReminded(at);
        return Task.CompletedTask;
    }
}
