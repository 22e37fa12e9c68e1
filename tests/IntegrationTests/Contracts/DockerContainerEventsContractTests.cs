using Docker.DotNet.Models;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Servers;
using ServerStatus.Infrastructure.Docker;
using ServerStatus.TestSupport.Contracts;

namespace ServerStatus.IntegrationTests.Contracts;

/// <summary>
/// <see cref="ContainerEventsContract"/> for the Docker events adapter on the real engine: <c>local</c> discovers the
/// containers of one sandbox per class by its label (busybox, network none); a container without the label is not a server.
/// </summary>
public sealed class DockerContainerEventsContractTests : ContainerEventsContract, IClassFixture<DockerSandbox>, IAsyncLifetime
{
    private readonly DockerSandbox _sandbox;
    private readonly DockerEngines _engines;
    private readonly List<string> _unsandboxed = [];

    public DockerContainerEventsContractTests(DockerSandbox sandbox)
    {
        _sandbox = sandbox;
        var options = Options.Create(new DockerOptions { Discovery = new DiscoveryOptions { Mode = DiscoveryMode.Label, Label = sandbox.Label } });
        options.Value.Engines.Add(new EngineOptions { Name = Engine, Endpoint = TestEngines.Primary });
        _engines = new DockerEngines(options);
        Events = new DockerContainerEvents(_engines, new EngineInventoryCache(TimeProvider.System), options, NullLogger<DockerContainerEvents>.Instance);
    }

    protected override IContainerEvents Events { get; }

    public Task InitializeAsync() => TestEngines.EnsureReadyAsync(TestEngines.Primary);

    public async Task DisposeAsync()
    {
        foreach (var id in _unsandboxed)
        {
            await _sandbox.Primary.Containers.RemoveContainerAsync(id, new ContainerRemoveParameters { Force = true });
        }

        _engines.Dispose();
    }

    protected override async Task<ServerId> RunServerThatExitsAsync(string name, int exitCode) =>
        new(Engine, await _sandbox.CreateServerAsync(name, command: $"exit {exitCode}"), name);

    protected override async Task<ServerId> RunServerAsync(string name) => new(Engine, await _sandbox.CreateServerAsync(name), name);

    protected override Task StopAsync(ServerId server) =>
        _sandbox.Primary.Containers.StopContainerAsync(server.ContainerId, new ContainerStopParameters { WaitBeforeKillSeconds = 10 });

    protected override async Task<ServerId> RunServerFailingItsHealthCheckAsync(string name) =>
        new(Engine, await RunUnsandboxedAsync(name, new Dictionary<string, string> { [TestEngines.SandboxLabel] = _sandbox.Id, [ServerLabels.Name] = name }, new HealthcheckConfig
        {
            Test = ["CMD", "/bin/false"],
            Interval = TimeSpan.FromSeconds(1),
            Retries = 1,
        }), name);

    protected override async Task RunContainerThatIsNotAServerAsync(string name)
    {
        var id = await RunUnsandboxedAsync(name, new Dictionary<string, string>(), healthcheck: null);
        await _sandbox.Primary.Containers.StopContainerAsync(id, new ContainerStopParameters());
    }

    /// <summary>A running container made here (the sandbox has no health checks, and labels every container as a server); removed on dispose.</summary>
    private async Task<string> RunUnsandboxedAsync(string name, Dictionary<string, string> labels, HealthcheckConfig? healthcheck)
    {
        labels[TestEngines.RunLabel] = TestEngines.RunId;
        labels[TestEngines.ProcessLabel] = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var created = await _sandbox.Primary.Containers.CreateContainerAsync(new CreateContainerParameters
        {
            Name = $"ss-{_sandbox.Id}-{name}",
            Image = TestImage.Name,
            Labels = labels,
            Healthcheck = healthcheck!, // null: none
            HostConfig = new HostConfig { NetworkMode = "none" },
        });
        _unsandboxed.Add(created.ID);
        await _sandbox.Primary.Containers.StartContainerAsync(created.ID, new ContainerStartParameters());
        return created.ID;
    }
}
