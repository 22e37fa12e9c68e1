using ServerStatus.Infrastructure.Docker;
using ServerStatus.Infrastructure.Games;

namespace ServerStatus.IntegrationTests.Games;

/// <summary>The adapter under test and the engine clients it uses, disposed together.</summary>
public sealed class GameQueries(GamePlayerCounts counts, DockerEngines engines) : IDisposable
{
    public GamePlayerCounts Counts { get; } = counts;

    public void Dispose() => engines.Dispose();
}
