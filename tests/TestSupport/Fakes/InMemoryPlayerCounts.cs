using ServerStatus.Application.Games;
using ServerStatus.Domain.Servers;

namespace ServerStatus.TestSupport.Fakes;

/// <summary>
/// Player counts set by the test, held to <c>PlayerCountsContract</c> like the game-query adapter: a server without a set
/// reading has no source, a known reading is remembered as the last one, and <see cref="Asked"/> counts the questions.
/// </summary>
public sealed class InMemoryPlayerCounts(TimeProvider time) : IPlayerCounts, IRecentPlayerCounts
{
    private readonly Dictionary<ServerId, PlayerReading> _readings = [];
    private readonly Dictionary<ServerId, RecentPlayerCount> _last = [];

    public InMemoryPlayerCounts()
        : this(TimeProvider.System)
    {
    }

    /// <summary>How many times each server was asked.</summary>
    public Dictionary<ServerId, int> Asked { get; } = [];

    /// <summary>What the server's source answers from now on (<see cref="PlayerReading.Unknown"/> for a source that fails).</summary>
    public void Set(ServerId server, PlayerReading reading)
    {
        lock (_readings)
        {
            _readings[server] = reading;
        }
    }

    public ValueTask<PlayerReading> ReadAsync(ServerId server, CancellationToken ct)
    {
        lock (_readings)
        {
            Asked[server] = Asked.GetValueOrDefault(server) + 1;
            var reading = _readings.GetValueOrDefault(server, PlayerReading.NoSource);
            if (reading.Count is { } count)
            {
                _last[server] = new RecentPlayerCount(count, time.GetUtcNow());
            }

            return ValueTask.FromResult(reading);
        }
    }

    public RecentPlayerCount? Last(ServerId server)
    {
        lock (_readings)
        {
            return _last.GetValueOrDefault(server);
        }
    }
}
