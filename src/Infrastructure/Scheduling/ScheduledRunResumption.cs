using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServerStatus.Application.Common;
using ServerStatus.Application.Schedules;

namespace ServerStatus.Infrastructure.Scheduling;

/// <summary>
/// At start-up, once the recurring jobs are registered (a job must exist to be run now), runs the job of every power
/// schedule or chain whose run a stop or crash of the bot interrupted: it continues from the interrupted step
/// (ADR-013). Retries while the database does not answer.
/// </summary>
public sealed partial class ScheduledRunResumption(
    RecurringJobRegistration registration,
    ActorScopedSender sender,
    TimeProvider time,
    ILogger<ScheduledRunResumption> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await registration.Registered.WaitAsync(stoppingToken);
        var resumed = await StartupCommand.SendUntilDoneAsync(sender, new ResumeScheduledRuns(), time, LogNotResumed, LogFailed, stoppingToken);
        if (!stoppingToken.IsCancellationRequested)
        {
            LogResumed(resumed);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Count} interrupted scheduled run(s) resumed.")]
    private partial void LogResumed(int count);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Interrupted scheduled runs not resumed (attempt {Attempt}): {Reason}; retrying in {Delay}.")]
    private partial void LogNotResumed(string reason, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Could not read the power schedules to resume interrupted runs (attempt {Attempt}); retrying in {Delay}.")]
    private partial void LogFailed(Exception ex, int attempt, TimeSpan delay);
}
