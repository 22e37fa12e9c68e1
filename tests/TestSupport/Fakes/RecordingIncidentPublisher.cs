using ServerStatus.Application.Watch;
using ServerStatus.Domain.Watch;

namespace ServerStatus.TestSupport.Fakes;

/// <summary>Keeps what would have been shown: each publish, with the incident's state at that moment.</summary>
public sealed class RecordingIncidentPublisher : IIncidentPublisher
{
    public List<(long Id, IncidentKind Kind, bool Recovered, int Exits, ulong? Channel)> Published { get; } = [];

    public void Publish(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        Published.Add((incident.Id, incident.Kind, incident.IsRecovered, incident.Exits, incident.ChannelId));
    }
}
