using Microsoft.Extensions.Options;
using ServerStatus.Application.Games;
using ServerStatus.Domain.Servers;
using ServerStatus.Infrastructure.Docker;
using ServerStatus.Infrastructure.Games;

namespace ServerStatus.IntegrationTests.Games;

/// <summary>
/// Busybox servers (network none) whose labels point their player source at fake game servers on loopback, and the
/// game-query adapter on the primary engine.
/// </summary>
public static class GameServers
{
    /// <summary>Answers <c>list</c> on stdin the way Minecraft's console does.</summary>
    public const string ListingConsole =
        "while read -r line; do if [ \"$line\" = list ]; then echo \"There are 2 of a max of 10 players online: alice, bob\"; fi; done";

    public const string ListPattern = @"There are (?<count>\d+) of a max of (?<max>\d+) players online:\s*(?<names>.*)";

    public static Dictionary<string, string> Query(string protocol, int port) => new()
    {
        [GameLabels.Query] = protocol,
        [GameLabels.QueryHost] = "127.0.0.1",
        [GameLabels.QueryPort] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static Dictionary<string, string> Console() => new()
    {
        [GameLabels.PlayersCommand] = "list",
        [GameLabels.PlayersPattern] = ListPattern,
    };

    public static async Task<ServerId> CreateAsync(DockerSandbox sandbox, string name, IDictionary<string, string>? labels, string? command = null, bool openStdin = false)
    {
        var id = await sandbox.CreateServerAsync(name, labels: labels, command: command ?? "sleep 600", openStdin: openStdin);
        return new ServerId("local", id, name);
    }

    public static GameQueries Adapter(
        TimeProvider time, Microsoft.Extensions.Logging.ILogger<GamePlayerCounts> logger, int timeoutMilliseconds = 5000)
    {
        var docker = Options.Create(new DockerOptions());
        docker.Value.Engines.Add(new EngineOptions { Name = "local", Endpoint = TestEngines.Primary });
        var engines = new DockerEngines(docker);
        var games = Options.Create(new GamesOptions { QueryTimeoutMilliseconds = timeoutMilliseconds, QueryCacheSeconds = 15 });
        return new GameQueries(new GamePlayerCounts(engines, games, time, logger), engines);
    }
}
