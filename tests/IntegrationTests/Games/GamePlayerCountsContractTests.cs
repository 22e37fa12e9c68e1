using Microsoft.Extensions.Logging.Abstractions;
using ServerStatus.Application.Games;
using ServerStatus.Domain.Servers;
using ServerStatus.Infrastructure.Games;
using ServerStatus.TestSupport.Contracts;

namespace ServerStatus.IntegrationTests.Games;

/// <summary><see cref="PlayerCountsContract"/> for the game-query adapter: busybox servers labelled to fake Minecraft servers on loopback.</summary>
public sealed class GamePlayerCountsContractTests : PlayerCountsContract, IClassFixture<DockerSandbox>, IAsyncLifetime
{
    private readonly DockerSandbox _sandbox;
    private readonly GameQueries _games;
    private readonly List<FakeMinecraftServer> _fakes = [];

    public GamePlayerCountsContractTests(DockerSandbox sandbox)
    {
        _sandbox = sandbox;
        _games = GameServers.Adapter(TimeProvider.System, NullLogger<GamePlayerCounts>.Instance, timeoutMilliseconds: 1500);
    }

    protected override IPlayerCounts Counts => _games.Counts;

    protected override IRecentPlayerCounts Recent => _games.Counts;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var fake in _fakes)
        {
            await fake.DisposeAsync();
        }

        _games.Dispose();
    }

    protected override Task<ServerId> CreateServerWithoutSourceAsync(string name) => GameServers.CreateAsync(_sandbox, name, null);

    protected override Task<ServerId> CreateServerWithPlayersAsync(string name, IReadOnlyList<string> players, int max)
    {
        var fake = Fake(FakeGameBehaviour.Answers);
        fake.Players = players;
        fake.Max = max;
        return GameServers.CreateAsync(_sandbox, name, GameServers.Query("minecraft", fake.Port));
    }

    protected override Task<ServerId> CreateServerWithSilentSourceAsync(string name) =>
        GameServers.CreateAsync(_sandbox, name, GameServers.Query("minecraft", Fake(FakeGameBehaviour.Silent).Port));

    private FakeMinecraftServer Fake(FakeGameBehaviour behaviour)
    {
        var fake = new FakeMinecraftServer(behaviour);
        _fakes.Add(fake);
        return fake;
    }
}
