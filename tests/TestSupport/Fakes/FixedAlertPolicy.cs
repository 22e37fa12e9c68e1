using ServerStatus.Application.Watch;
using ServerStatus.Domain.Servers;

namespace ServerStatus.TestSupport.Fakes;

/// <summary>An alert policy that sends every incident to one channel, except the servers silenced by name.</summary>
public sealed class FixedAlertPolicy(ulong channelId) : IAlertPolicy
{
    public Dictionary<string, string> Silenced { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Task<AlertDestination> DestinationForAsync(ServerId server, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(server);
        return Task.FromResult(Silenced.TryGetValue(server.Name, out var reason) ? AlertDestination.Silenced(reason) : AlertDestination.Channel(channelId));
    }

    public Task<AlertDestination> DefaultDestinationAsync(CancellationToken ct) => Task.FromResult(AlertDestination.Channel(channelId));
}
