using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServerStatus.Application.Common;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Servers.Pending;

namespace ServerStatus.Infrastructure.Scheduling;

/// <summary>
/// At start-up, wakes the pending power actions stored in the database (in-memory job storage starts empty): each takes
/// its next step at once, and one whose time passed while the bot was down runs now. Retries while the database does not answer.
/// </summary>
public sealed partial class PendingActionResumption(ActorScopedSender sender, TimeProvider time, ILogger<PendingActionResumption> logger) : BackgroundService
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromSeconds(1);
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                var resumed = await sender.SendAsync(Actor.System, new ResumePendingActions(), stoppingToken);
                if (resumed.IsSuccess)
                {
                    LogResumed(resumed.Value);
                    return;
                }

                LogNotResumed(string.Join(" ", resumed.Errors.Select(e => e.Message)), attempt, delay);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex, attempt, delay);
            }

            await Task.Delay(delay, time, stoppingToken);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxDelay.Ticks));
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Count} pending power action(s) resumed.")]
    private partial void LogResumed(int count);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Pending power actions not resumed (attempt {Attempt}): {Reason}; retrying in {Delay}.")]
    private partial void LogNotResumed(string reason, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Could not read the pending power actions to resume them (attempt {Attempt}); retrying in {Delay}.")]
    private partial void LogFailed(Exception ex, int attempt, TimeSpan delay);
}
