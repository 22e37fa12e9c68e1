using Microsoft.Extensions.Options;

namespace ServerStatus.Infrastructure.Docker;

/// <summary>The clients of all configured engines, created once and shared (singleton).</summary>
public sealed class DockerEngines : IDisposable
{
    public DockerEngines(IOptions<DockerOptions> options)
    {
        All = [.. options.Value.EffectiveEngines.Select(e => new EngineConnection(e, DockerClientFactory.Create(e)))];
    }

    public IReadOnlyList<EngineConnection> All { get; }

    public EngineConnection? Find(string name) =>
        All.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));

    public void Dispose()
    {
        foreach (var engine in All)
        {
            engine.Client.Dispose();
        }
    }
}
