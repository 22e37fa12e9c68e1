using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServerStatus.Application.Common;
using ServerStatus.Application.Servers.Pending;

namespace ServerStatus.Infrastructure.Scheduling;

/// <summary>
/// At start-up, wakes the pending power actions stored in the database (in-memory job storage starts empty): each takes
/// its next step at once, and one whose time passed while the bot was down runs now. Retries while the database does not answer.
/// </summary>
public sealed partial class PendingActionResumption(ActorScopedSender sender, TimeProvider time, ILogger<PendingActionResumption> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var resumed = await StartupCommand.SendUntilDoneAsync(sender, new ResumePendingActions(), time, LogNotResumed, LogFailed, stoppingToken);
        if (!stoppingToken.IsCancellationRequested)
        {
            LogResumed(resumed);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Count} pending power action(s) resumed.")]
    private partial void LogResumed(int count);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Pending power actions not resumed (attempt {Attempt}): {Reason}; retrying in {Delay}.")]
    private partial void LogNotResumed(string reason, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Could not read the pending power actions to resume them (attempt {Attempt}); retrying in {Delay}.")]
    private partial void LogFailed(Exception ex, int attempt, TimeSpan delay);
}
