using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Servers;

/// <summary>The detailed card of one server: inspect plus a resource sample.</summary>
public sealed record ServerDetails(
    ServerId Id,
    ServerState State,
    HealthStatus Health,
    string Image,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    long RestartCount,
    int? ExitCode,
    string? Error,
    ResourceUsage? Usage);

/// <summary>CPU (percent of one core times cores, as <c>docker stats</c> shows it) and memory of a running server.</summary>
public sealed record ResourceUsage(double? CpuPercent, long MemoryBytes, long? MemoryLimitBytes);
