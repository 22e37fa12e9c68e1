using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Servers.Common;

/// <summary>One server as the engine's container list reports it (no per-container calls).</summary>
public sealed record ServerSummary(
    ServerId Id,
    ServerState State,
    string StatusText,
    HealthStatus Health,
    int? ExitCode,
    string Image,
    TimeSpan StopTimeout)
{
    public bool IsRunning => State is ServerState.Running or ServerState.Restarting;
}
