using System.Collections.Concurrent;
using Docker.DotNet;
using Docker.DotNet.Models;
using ServerStatus.Infrastructure.Docker;

namespace ServerStatus.IntegrationTests.Fixtures;

/// <summary>
/// The Docker engines the tests use: the primary one and a second one for multi-engine tests
/// (scripts/test.sh starts both). The test image is imported once per engine per run.
/// </summary>
public static class TestEngines
{
    public const string RunLabel = "serverstatus.test.run";
    public const string SandboxLabel = "serverstatus.test";
    public const string ProcessLabel = "serverstatus.test.pid";

    private static readonly ConcurrentDictionary<Uri, Lazy<Task>> Imports = new();

    /// <summary>Unique per test run; every container and volume carries it.</summary>
    public static string RunId { get; } = Guid.NewGuid().ToString("N")[..12];

    public static Uri Primary { get; } = new(Environment.GetEnvironmentVariable("SERVERSTATUS_TEST_DOCKER") ?? "unix:///var/run/docker.sock");

    public static Uri Secondary { get; } = new(Environment.GetEnvironmentVariable("SERVERSTATUS_TEST_DOCKER2") ?? "unix:///var/run/docker2.sock");

    public static DockerClient CreateClient(Uri endpoint) =>
        DockerClientFactory.Create(new EngineOptions { Name = "test", Endpoint = endpoint });

    /// <summary>Fails with one sentence when the engine does not answer; imports the test image once.</summary>
    public static Task EnsureReadyAsync(Uri endpoint) =>
        Imports.GetOrAdd(endpoint, e => new Lazy<Task>(() => PrepareAsync(e))).Value;

    private static async Task PrepareAsync(Uri endpoint)
    {
        using var client = CreateClient(endpoint);
        try
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await client.System.PingAsync(deadline.Token);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or OperationCanceledException or System.Net.Sockets.SocketException)
        {
            throw new InvalidOperationException(
                $"No Docker engine answers at {endpoint}: run the tests with scripts/test.sh, which starts one ({ex.Message}).", ex);
        }

        await RemoveLeftoversOfEarlierRunsAsync(client);
        await TestImage.ImportAsync(client);
    }

    private static bool OwnerIsAlive(IDictionary<string, string> labels) =>
        labels.TryGetValue(ProcessLabel, out var pid) && int.TryParse(pid, out var id) && Directory.Exists($"/proc/{id}");

    private static async Task RemoveLeftoversOfEarlierRunsAsync(DockerClient client)
    {
        var containers = await client.Containers.ListContainersAsync(new ContainersListParameters
        {
            All = true,
            Filters = new Dictionary<string, IDictionary<string, bool>> { ["label"] = new Dictionary<string, bool> { [RunLabel] = true } },
        });
        // Another test run may be going on right now (a second checkout, a benchmark): only the containers of
        // runs whose process is gone are leftovers.
        foreach (var container in containers.Where(c => c.Labels.TryGetValue(RunLabel, out var run) && run != RunId && !OwnerIsAlive(c.Labels)))
        {
            await client.Containers.RemoveContainerAsync(container.ID, new ContainerRemoveParameters { Force = true, RemoveVolumes = true });
        }
    }
}
