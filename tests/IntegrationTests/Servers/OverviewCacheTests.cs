using Docker.DotNet.Models;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ServerStatus.Domain.Servers;
using ServerStatus.Infrastructure.Docker;
using ServerStatus.TestSupport.Contracts;

namespace ServerStatus.IntegrationTests.Servers;

/// <summary>
/// The overview served from <see cref="EngineInventoryCache"/> on the real engine: while the engine's event stream is
/// followed it lists once and then answers from the cache until an event says something changed. Each fact discovers
/// only its own containers (a label of its own); the cache's clock stands still, so only events invalidate it.
/// </summary>
public sealed class OverviewCacheTests(DockerSandbox sandbox) : IClassFixture<DockerSandbox>, IAsyncLifetime
{
    private const string CaseLabel = "serverstatus.test.case";

    private readonly string _case = Guid.NewGuid().ToString("N")[..10];
    private readonly EngineInventoryCache _cache = new(new FakeTimeProvider(DateTimeOffset.UtcNow));
    private readonly CancellationTokenSource _stopFollowing = new();
    private DockerEngines? _engines;
    private DockerContainerEngine? _engine;
    private DockerContainerEvents? _events;
    private ContainerStatsMonitor? _stats;

    private DockerContainerEngine Engine => _engine ?? throw new InvalidOperationException("Not initialized.");

    public Task InitializeAsync()
    {
        var options = Options.Create(new DockerOptions { Discovery = new DiscoveryOptions { Mode = DiscoveryMode.Label, Label = $"{CaseLabel}={_case}" } });
        options.Value.Engines.Add(new EngineOptions { Name = "local", Endpoint = TestEngines.Primary });
        _engines = new DockerEngines(options);
        _stats = new ContainerStatsMonitor(TimeProvider.System, options, NullLogger<ContainerStatsMonitor>.Instance);
        _engine = new DockerContainerEngine(_engines, _cache, _stats, options, NullLogger<DockerContainerEngine>.Instance);
        _events = new DockerContainerEvents(_engines, _cache, options, NullLogger<DockerContainerEvents>.Instance);
        return TestEngines.EnsureReadyAsync(TestEngines.Primary);
    }

    public async Task DisposeAsync()
    {
        await _stopFollowing.CancelAsync();
        _stopFollowing.Dispose();
        if (_stats is not null)
        {
            await _stats.DisposeAsync();
        }

        _engines?.Dispose();
    }

    [Fact]
    public async Task ListsEveryTime_WhenNobodyFollowsTheEvents()
    {
        await CreateServerAsync("idle", start: true);

        await Engine.ListServersAsync(default);
        await Engine.ListServersAsync(default);

        _cache.ListCalls.ShouldBe(2);
    }

    [Fact]
    public async Task ServesWithoutAListCall_WhileFollowedAndNothingChanged()
    {
        var server = await CreateServerAsync("up", start: true);
        await FollowAsync();
        var first = await Engine.ListServersAsync(default);
        var calls = _cache.ListCalls;

        var second = await Engine.ListServersAsync(default);

        _cache.ListCalls.ShouldBe(calls);
        second.Servers.ShouldBe(first.Servers);
        second.Servers.ShouldHaveSingleItem().Id.ShouldBe(server);
    }

    [Fact]
    public async Task ShowsAContainerStartedOutsideTheBot_InTheNextList()
    {
        var server = await CreateServerAsync("outside", start: false);
        await FollowAsync();
        (await Engine.ListServersAsync(default)).Servers.ShouldHaveSingleItem().State.ShouldBe(ServerState.Created);

        await sandbox.Primary.Containers.StartContainerAsync(server.ContainerId, new ContainerStartParameters());

        await Eventually.HoldsAsync(
            async () => (await Engine.ListServersAsync(default)).Servers.Single().State == ServerState.Running,
            "the overview shows the server running");
    }

    private async Task<ServerId> CreateServerAsync(string stem, bool start)
    {
        var name = ContractIds.Name(stem);
        return new ServerId("local", await sandbox.CreateServerAsync(name, start: start, labels: new Dictionary<string, string> { [CaseLabel] = _case }), name);
    }

    /// <summary>Follows the engine's events in the background (as the incident watcher does) until the stream is connected.</summary>
    private async Task FollowAsync()
    {
        var events = _events ?? throw new InvalidOperationException("Not initialized.");
        _ = Task.Run(async () =>
        {
            await foreach (var _ in events.FollowAsync("local", null, _stopFollowing.Token))
            {
                // Reading is enough: the adapter invalidates the cache as events arrive.
            }
        });
        await Eventually.HoldsAsync(() => _cache.IsFollowed("local"), "the event stream is connected");
    }
}
