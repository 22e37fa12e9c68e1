using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Updates;
using ServerStatus.Domain.Servers;
using ServerStatus.Domain.Updates;
using ServerStatus.Infrastructure.Docker;
using ServerStatus.TestSupport.Contracts;

namespace ServerStatus.IntegrationTests.Contracts;

/// <summary>
/// <see cref="ImageRegistryContract"/> for the Docker adapter: the real engine and a real registry on loopback, images
/// pushed through the engine, servers of one sandbox (network none).
/// </summary>
public sealed class DockerImageRegistryContractTests : ImageRegistryContract, IClassFixture<DockerImageRegistryContractTests.Setup>, IDisposable
{
    private readonly Setup _setup;
    private readonly DockerEngines _engines;

    public DockerImageRegistryContractTests(Setup setup)
    {
        _setup = setup;
        var docker = Options.Create(new DockerOptions());
        docker.Value.Engines.Add(new EngineOptions { Name = "local", Endpoint = TestEngines.Primary });
        _engines = new DockerEngines(docker);
        Registry = new DockerImageRegistry(_engines, docker, NullLogger<DockerImageRegistry>.Instance);
    }

    protected override IImageRegistry Registry { get; }

    protected override string UnknownReference => $"{_setup.Registry.Host}/test/unknown:latest";

    public void Dispose() => _engines.Dispose();

    protected override async Task<(ServerId Server, string Reference)> ServerBehindItsRegistryAsync(string name, UpdatePolicy policy)
    {
        var repository = $"contract/{name}";
        var reference = await _setup.Registry.PushAsync(_setup.Sandbox.Primary, repository, "latest", "v1");
        var id = await _setup.Sandbox.CreateServerAsync(name, image: reference, labels: new Dictionary<string, string> { [UpdateLabels.Update] = policy.ToString().ToLowerInvariant() });
        await _setup.Registry.PushAsync(_setup.Sandbox.Primary, repository, "latest", "v2");
        return (new ServerId("local", id, name), reference);
    }

    protected override async Task<ServerId> ServerOfALocalImageAsync(string name) =>
        new("local", await _setup.Sandbox.CreateServerAsync(name, start: false), name);

    /// <summary>The sandbox of the class's containers and the registry, started once for the class.</summary>
    public sealed class Setup : IAsyncLifetime
    {
        private LocalRegistry? _registry;

        public DockerSandbox Sandbox { get; } = new();

        public LocalRegistry Registry => _registry ?? throw new InvalidOperationException("The registry has not started.");

        public async Task InitializeAsync()
        {
            await Sandbox.InitializeAsync();
            _registry = await LocalRegistry.StartAsync();
        }

        public async Task DisposeAsync()
        {
            await Sandbox.DisposeAsync();
            if (_registry is not null)
            {
                await _registry.DisposeAsync();
            }
        }
    }
}
