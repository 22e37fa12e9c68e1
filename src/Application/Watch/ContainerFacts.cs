using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Watch;

/// <summary>What an incident tells about the container beyond the event: one inspect call (which also gives its labels).</summary>
public sealed record ContainerFacts(
    ServerId Server,
    ServerState State,
    HealthStatus Health,
    string Image,
    string ImageId,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    long RestartCount,
    int? ExitCode,
    bool OomKilled,
    long? MemoryLimitBytes,
    string RestartPolicy,
    string? LastHealthOutput)
{
    /// <summary>The container's labels (e.g. <c>serverstatus.announce</c>).</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();
}
