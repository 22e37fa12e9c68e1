using ServerStatus.Application.Common;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Watch;

namespace ServerStatus.Presentation.Discord.Notifications.Incidents;

/// <summary>
/// Watches every configured engine while this instance is the active one: posts the incidents an earlier run
/// recorded but did not live to post, then follows each engine's event stream (<see cref="EngineWatch"/>).
/// </summary>
public sealed partial class IncidentWatchService(IContainerEvents events, EngineWatch watch, ActorScopedSender sender, ILogger<IncidentWatchService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var republished = await sender.SendAsync(Actor.System, new RepublishUnpostedIncidents(), stoppingToken);
        if (republished is { IsSuccess: true, Value: > 0 })
        {
            LogRepublished(republished.Value);
        }

        LogWatching(events.Engines.Count);
        await Task.WhenAll(events.Engines.Select(engine => Task.Run(() => watch.RunAsync(engine, stoppingToken), stoppingToken)));
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Posting {Count} incident(s) recorded before the last stop")]
    private partial void LogRepublished(int count);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Watching the events of {Count} engine(s)")]
    private partial void LogWatching(int count);
}
