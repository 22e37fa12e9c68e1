using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Domain.Servers;
using ServerStatus.Infrastructure.Docker;
using ServerStatus.TestSupport.Contracts;

namespace ServerStatus.IntegrationTests.Contracts;

/// <summary>
/// <see cref="ContainerEngineContract"/> for the Docker engine adapter on the real engine: <c>local</c> discovers the
/// containers of one sandbox per class (busybox, network none), <c>down</c> is a socket nobody listens on.
/// </summary>
public sealed class DockerContainerEngineContractTests : ContainerEngineContract, IClassFixture<DockerSandbox>, IAsyncLifetime
{
    private const string EchoConsole = "while read -r line; do echo \"got: $line\"; done";

    private readonly DockerSandbox _sandbox;
    private readonly DockerEngines _engines;
    private readonly ContainerStatsMonitor _stats;

    public DockerContainerEngineContractTests(DockerSandbox sandbox)
    {
        _sandbox = sandbox;
        var options = Options.Create(new DockerOptions { Discovery = new DiscoveryOptions { Mode = DiscoveryMode.Label, Label = sandbox.Label } });
        options.Value.Engines.Add(new EngineOptions { Name = "local", Endpoint = TestEngines.Primary });
        options.Value.Engines.Add(new EngineOptions { Name = DownEngine, Endpoint = new Uri($"unix:///tmp/serverstatus-no-engine-{sandbox.Id}.sock") });
        _engines = new DockerEngines(options);
        _stats = new ContainerStatsMonitor(TimeProvider.System, options, NullLogger<ContainerStatsMonitor>.Instance);
        Engine = new DockerContainerEngine(_engines, new EngineInventoryCache(TimeProvider.System), _stats, options, NullLogger<DockerContainerEngine>.Instance);
    }

    protected override IContainerEngine Engine { get; }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _stats.DisposeAsync();
        _engines.Dispose();
    }

    protected override async Task<ServerId> CreateServerAsync(string name, bool running)
    {
        var id = await _sandbox.CreateServerAsync(name);
        if (!running)
        {
            // Stopped after having run, as a server usually is (not merely created).
            await _sandbox.Primary.Containers.StopContainerAsync(id, new Docker.DotNet.Models.ContainerStopParameters());
        }

        return new ServerId("local", id, name);
    }

    protected override async Task<ServerId> CreateServerWithLogAsync(string name, IReadOnlyList<string> lines)
    {
        var id = await _sandbox.CreateServerAsync(name, command: "printf '%s\\n' " + string.Join(' ', lines.Select(l => $"'{l}'")));
        (await _sandbox.WaitForStateAsync(id, "exited")).Status.ShouldBe("exited");
        return new ServerId("local", id, name);
    }

    protected override async Task<ServerId> CreateConsoleServerAsync(string name, bool running) =>
        new("local", await _sandbox.CreateServerAsync(name, start: running, command: EchoConsole, openStdin: true), name);

    protected override async Task<ServerId> CreateServerIgnoringSigtermAsync(string name) =>
        new("local", await _sandbox.CreateServerAsync(name, command: "trap '' TERM; while true; do sleep 1; done"), name);
}
