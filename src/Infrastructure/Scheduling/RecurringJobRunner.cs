using Microsoft.Extensions.Logging;
using ServerStatus.Application.Common;

namespace ServerStatus.Infrastructure.Scheduling;

/// <summary>
/// Runs a recurring job in the scope Hangfire's activator made for it: finds the job's row in <see cref="RecurringJobTable"/>
/// and sends its one message with the system actor. No logic here: a failed result fails the job so the dashboard shows
/// it (jobs are not retried), and telling anyone (the notification channel) is the use case's business.
/// </summary>
internal sealed partial class RecurringJobRunner(ActorScopedSender sender, IServiceProvider services, ILogger<RecurringJobRunner> logger) : IRecurringJobRunner
{
    public async Task RunAsync(string jobId, CancellationToken ct)
    {
        var job = RecurringJobTable.Find(jobId) ?? throw new InvalidOperationException($"There is no recurring job '{jobId}'.");
        var result = await job.RunAsync(sender, services, ct);
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"Job {jobId} failed: {string.Join(" ", result.Errors.Select(e => e.Message))}");
        }

        LogJobDone(jobId, result.Value);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Job {JobId} done: {Summary}.")]
    private partial void LogJobDone(string jobId, string summary);
}
