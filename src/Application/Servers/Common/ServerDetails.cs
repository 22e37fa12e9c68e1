using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Servers.Common;

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
