using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Games;

/// <summary>
/// How many players are on a server, from the player source its labels name (a query protocol or a console
/// command). Readings are cached per server; a query that fails or times out reads as <see cref="PlayerReadingKind.Unknown"/>,
/// never as an exception, and never blocks longer than the configured query timeout.
/// </summary>
public interface IPlayerCounts
{
    ValueTask<PlayerReading> ReadAsync(ServerId server, CancellationToken ct);
}
