namespace ServerStatus.Domain.Watch;

/// <summary>What went wrong, as the incident message names it.</summary>
public enum IncidentKind
{
    /// <summary>Exited with a non-zero code nobody asked for.</summary>
    Crashed,

    /// <summary>Exited with code 0 nobody asked for.</summary>
    Exited,

    /// <summary>Stopped (SIGTERM) by someone outside ServerStatus, e.g. <c>docker stop</c>.</summary>
    StoppedOutside,

    /// <summary>Killed with a signal by someone outside ServerStatus, e.g. <c>docker kill</c>.</summary>
    KilledOutside,

    /// <summary>Killed by the kernel for memory.</summary>
    OutOfMemory,

    /// <summary>Its health check failed.</summary>
    Unhealthy,

    /// <summary>Several unexpected exits within the crash-loop window.</summary>
    CrashLoop,

    /// <summary>A Docker engine stopped answering.</summary>
    EngineDown,
}
