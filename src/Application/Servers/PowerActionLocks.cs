using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Servers;

/// <summary>
/// One power action per server at a time (a singleton, so per bot process). A second one while the first runs is
/// refused at once, saying what is running, not queued: two people restarting a hung server get one restart, and
/// nobody sees the engine's error for two restarts racing each other.
/// </summary>
public sealed class PowerActionLocks
{
    private readonly ServerSlots<PowerAction> _slots = new();

    /// <summary>The server's power lock until the returned handle is disposed; else the line that says what is running.</summary>
    public Result<IDisposable> TryAcquire(ServerId server, PowerAction action)
    {
        ArgumentNullException.ThrowIfNull(server);
        return _slots.TryTake(server.QualifiedName, action, out var running) is { } release
            ? Result<IDisposable>.Success(release)
            : Error.Conflict($"is already being {Done(running)} by another request: try again when that has finished.", server.Name);
    }

    private static string Done(PowerAction action) => action switch
    {
        PowerAction.Start => "started",
        PowerAction.Stop => "stopped",
        PowerAction.Restart => "restarted",
        _ => "killed",
    };
}
