using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Common;

namespace ServerStatus.Application.Watch;

/// <summary>
/// Follows one engine's event stream for as long as the bot runs: each event goes through
/// <see cref="ObserveContainerEvent"/>; a broken stream is resumed from the last event handled (also after a bot
/// restart, from the stored resume point), so nothing that happened meanwhile is missed. An engine whose stream and
/// list call both fail for <c>Alerts:EngineDownSeconds</c> is reported down, and back when it answers again.
/// </summary>
public sealed partial class EngineWatch(
    IContainerEvents events,
    IContainerEngine engine,
    ActorScopedSender sender,
    TimeProvider time,
    IOptions<AlertsOptions> options,
    ILogger<EngineWatch> logger)
{
    private static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(1);

    public async Task RunAsync(string engineName, CancellationToken ct)
    {
        var since = await ResumePointAsync(engineName, ct);
        DateTimeOffset? failingSince = null;
        var reportedDown = false;
        while (!ct.IsCancellationRequested)
        {
            if (failingSince is { } failing)
            {
                var problem = await ProblemOfAsync(engineName, ct);
                if (problem is null && reportedDown)
                {
                    await SendAsync(new ObserveEngineHealth(engineName, Answering: true, "", failing), ct);
                    reportedDown = false;
                }

                if (problem is not null && !reportedDown && time.GetUtcNow() - failing >= TimeSpan.FromSeconds(options.Value.EngineDownSeconds))
                {
                    await SendAsync(new ObserveEngineHealth(engineName, Answering: false, problem, failing), ct);
                    reportedDown = true;
                }
            }

            try
            {
                await foreach (var change in events.FollowAsync(engineName, since, ct))
                {
                    failingSince = null;
                    await SendAsync(new ObserveContainerEvent(change), ct);
                    since = change.TimeNanos;
                }
            }
            catch (EventStreamBrokenException ex)
            {
                if (failingSince is null)
                {
                    LogStreamBroken(engineName, ex.Message);
                }

                failingSince ??= time.GetUtcNow();
                await Task.Delay(RetryEvery, time, ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task<long?> ResumePointAsync(string engineName, CancellationToken ct)
    {
        var resume = await sender.SendAsync(Actor.System, new BeginEventWatch(engineName), ct);
        return resume.IsSuccess ? resume.Value : null;
    }

    // The stream's failure alone may be the stream's: the engine is down only when its list call fails too.
    private async Task<string?> ProblemOfAsync(string engineName, CancellationToken ct)
    {
        var versions = await engine.GetVersionsAsync(ct);
        return versions.FirstOrDefault(v => string.Equals(v.Engine, engineName, StringComparison.OrdinalIgnoreCase))?.Problem;
    }

    private async Task SendAsync(ICommand<Result> message, CancellationToken ct)
    {
        try
        {
            var result = await sender.SendAsync(Actor.System, message, ct);
            if (!result.IsSuccess)
            {
                LogRefused(message.GetType().Name, result.Errors[0].Message);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // One event that could not be handled (the database was busy, a bug) must not stop the watch.
            LogFailed(ex, message.GetType().Name);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Event stream of engine {Engine} broke: {Problem}; resuming from the last event seen")]
    private partial void LogStreamBroken(string engine, string problem);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "{Message} was refused: {Problem}")]
    private partial void LogRefused(string message, string problem);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "{Message} failed; the watch goes on")]
    private partial void LogFailed(Exception exception, string message);
}
