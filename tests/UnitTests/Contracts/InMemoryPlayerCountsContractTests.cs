using ServerStatus.Application.Games;
using ServerStatus.Domain.Servers;
using ServerStatus.TestSupport.Contracts;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Contracts;

public sealed class InMemoryPlayerCountsContractTests : PlayerCountsContract
{
    private readonly InMemoryPlayerCounts _counts = new();

    protected override IPlayerCounts Counts => _counts;

    protected override IRecentPlayerCounts Recent => _counts;

    protected override Task<ServerId> CreateServerWithoutSourceAsync(string name) => Task.FromResult(Id(name));

    protected override Task<ServerId> CreateServerWithPlayersAsync(string name, IReadOnlyList<string> players, int max)
    {
        var server = Id(name);
        _counts.Set(server, PlayerReading.Known(new PlayerCount(players.Count, max, players)));
        return Task.FromResult(server);
    }

    protected override Task<ServerId> CreateServerWithSilentSourceAsync(string name)
    {
        var server = Id(name);
        _counts.Set(server, PlayerReading.Unknown);
        return Task.FromResult(server);
    }

    private static ServerId Id(string name) => new("local", $"local-{name}-id", name);
}
