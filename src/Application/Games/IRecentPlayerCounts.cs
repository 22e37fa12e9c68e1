using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Games;

/// <summary>
/// The last known player count of a server, from readings already made: never a query, so that paths that must not wait
/// (an incident as a server crashes) can still say how many players were online.
/// </summary>
public interface IRecentPlayerCounts
{
    /// <summary>The newest <see cref="PlayerReadingKind.Known"/> reading and when it was made, or null if there is none.</summary>
    RecentPlayerCount? Last(ServerId server);
}

public sealed record RecentPlayerCount(PlayerCount Count, DateTimeOffset At);
