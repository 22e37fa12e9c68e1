namespace ServerStatus.Domain.Servers;

/// <summary>The life-cycle state of a server's container, as the engine reports it.</summary>
public enum ServerState
{
    Unknown,
    Created,
    Running,
    Paused,
    Restarting,
    Removing,
    Exited,
    Dead,
}
