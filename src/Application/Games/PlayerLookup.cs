using ServerStatus.Application.Servers;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Games;

/// <summary>
/// The player readings of the running servers that have a player source, asked concurrently. Servers without a source are
/// never asked, so an overview of them costs nothing beyond the container list.
/// </summary>
public sealed class PlayerLookup(IPlayerCounts counts)
{
    public static IReadOnlyDictionary<string, PlayerReading> None { get; } = new Dictionary<string, PlayerReading>();

    /// <summary>Readings by engine-qualified name; servers without a source or not running are left out.</summary>
    public async Task<IReadOnlyDictionary<string, PlayerReading>> ReadAsync(IEnumerable<ServerSummary> servers, CancellationToken ct)
    {
        var asked = servers.Where(Asks).DistinctBy(s => s.Id.QualifiedName, StringComparer.Ordinal).ToList();
        if (asked.Count == 0)
        {
            return None;
        }

        var readings = await Task.WhenAll(asked.Select(async s => (s.Id.QualifiedName, Reading: await counts.ReadAsync(s.Id, ct))));
        return readings.ToDictionary(r => r.QualifiedName, r => r.Reading, StringComparer.Ordinal);
    }

    /// <summary>One server's reading, or <see cref="PlayerReading.NoSource"/> without asking when it has none or is not running.</summary>
    public async Task<PlayerReading> ReadAsync(ServerSummary server, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(server);
        return Asks(server) ? await counts.ReadAsync(server.Id, ct) : PlayerReading.NoSource;
    }

    private static bool Asks(ServerSummary server) => server.HasPlayerSource && server.State == ServerState.Running;
}
