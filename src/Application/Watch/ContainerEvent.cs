using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Watch;

/// <summary>What happened to a container, as the engine's event stream says it.</summary>
public enum ContainerEventKind
{
    Create,
    Start,
    Restart,
    Die,
    Kill,
    Oom,
    Stop,
    Health,
    Destroy,
    Rename,
}

/// <summary>
/// One container event of one engine, for a container that is a server (discovery applied, alias resolved).
/// <see cref="TimeNanos"/> is the engine's own timestamp (Unix nanoseconds): the resume point after a reconnect.
/// </summary>
public sealed record ContainerEvent(ServerId Server, ContainerEventKind Kind, long TimeNanos)
{
    /// <summary>Die: the process's exit code.</summary>
    public int? ExitCode { get; init; }

    /// <summary>Kill: the signal sent (15 for a stop's SIGTERM, 9 for SIGKILL).</summary>
    public int? Signal { get; init; }

    /// <summary>Health: the new health status.</summary>
    public HealthStatus? Health { get; init; }

    /// <summary>Rename: the name before.</summary>
    public string? OldName { get; init; }

    public DateTimeOffset At => DateTimeOffset.UnixEpoch.AddTicks(TimeNanos / 100);

    /// <summary>Identifies the event across a reconnect that replays events of the same instant.</summary>
    public string Key => $"{TimeNanos}/{Server.ContainerId}/{Kind}/{ExitCode}/{Signal}/{Health}";
}
