namespace ServerStatus.Application.Servers.Pending;

/// <summary>
/// Wakes a pending action at a time (a scheduled job): it then sends <see cref="AdvancePendingAction"/> with the system
/// actor. A wake-up for an action that is gone, or comes twice, does nothing harmful: the action's state decides.
/// </summary>
public interface IPendingActionTimer
{
    void WakeAt(Guid id, DateTimeOffset at);
}
