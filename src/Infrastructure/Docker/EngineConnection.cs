using Docker.DotNet;

namespace ServerStatus.Infrastructure.Docker;

/// <summary>One configured engine and its client.</summary>
public sealed record EngineConnection(EngineOptions Options, IDockerClient Client)
{
    public string Name => Options.Name;
}
