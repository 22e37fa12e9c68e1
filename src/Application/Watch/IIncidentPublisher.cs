using ServerStatus.Domain.Watch;

namespace ServerStatus.Application.Watch;

/// <summary>
/// Shows incidents in their alert channel: a new incident is posted, a changed one edits its message. Never blocks
/// the caller on Discord and never drops a change: changes wait in a queue per channel (Discord allows 5 messages per
/// 5 s), and a burst of new incidents is posted as one message listing them.
/// </summary>
public interface IIncidentPublisher
{
    /// <param name="incident">A snapshot of the incident as it is now: saved (it has its id) and routed to its channel.</param>
    void Publish(Incident incident);
}
