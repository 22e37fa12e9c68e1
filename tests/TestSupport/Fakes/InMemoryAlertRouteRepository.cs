using ServerStatus.Application.Watch;
using ServerStatus.Domain.Watch;

namespace ServerStatus.TestSupport.Fakes;

public sealed class InMemoryAlertRouteRepository : IAlertRouteRepository
{
    public List<AlertRoute> Routes { get; } = [];

    public Task<IReadOnlyList<AlertRoute>> ListAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<AlertRoute>>([.. Routes.OrderBy(r => r.Scope, StringComparer.Ordinal)]);

    public Task SetAsync(string scope, ulong? channelId, ulong setBy, DateTimeOffset at, CancellationToken ct)
    {
        if (Routes.FirstOrDefault(r => r.Scope == scope) is { } route)
        {
            route.Change(channelId, setBy, at);
        }
        else
        {
            Routes.Add(AlertRoute.Create(scope, channelId, setBy, at));
        }

        return Task.CompletedTask;
    }

    public Task<bool> RemoveAsync(string scope, CancellationToken ct) => Task.FromResult(Routes.RemoveAll(r => r.Scope == scope) > 0);
}
