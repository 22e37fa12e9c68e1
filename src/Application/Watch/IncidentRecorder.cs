using Microsoft.Extensions.Logging;
using ServerStatus.Domain.Servers;
using ServerStatus.Domain.Watch;

namespace ServerStatus.Application.Watch;

/// <summary>
/// Saves incidents and hands them to the publisher: a new one goes where the alert policy says (or is only logged
/// while the server is muted, in maintenance or has alerts off); a changed one edits the message it already has.
/// </summary>
public sealed partial class IncidentRecorder(IIncidentStore store, IAlertPolicy policy, IIncidentPublisher publisher, ILogger<IncidentRecorder> logger)
{
    public async Task OpenAsync(ServerId server, Incident incident, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var destination = await policy.DestinationForAsync(server, ct);
        await OpenAsync(incident, destination, ct);
    }

    public async Task OpenAsync(Incident incident, AlertDestination destination, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(destination);
        if (destination.ChannelId is not { } channel)
        {
            LogNotPosted(incident.Kind, incident.ServerName, destination.SilencedBecause ?? "");
            return;
        }

        incident.RouteTo(channel);
        await store.SaveAsync(incident, ct);
        LogOpened(incident.Id, incident.Kind, incident.ServerName);
        publisher.Publish(incident);
    }

    public async Task UpdateAsync(Incident incident, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(incident);
        await store.SaveAsync(incident, ct);
        LogUpdated(incident.Id, incident.Kind, incident.ServerName, incident.IsRecovered ? "recovered" : "active");
        if (incident.ChannelId is not null)
        {
            publisher.Publish(incident);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Incident {Id}: {Kind} of {Server}")]
    private partial void LogOpened(long id, IncidentKind kind, string server);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Incident {Id}: {Kind} of {Server}, {State}")]
    private partial void LogUpdated(long id, IncidentKind kind, string server, string state);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "No alert for {Kind} of {Server}: {Reason}")]
    private partial void LogNotPosted(IncidentKind kind, string server, string reason);
}
