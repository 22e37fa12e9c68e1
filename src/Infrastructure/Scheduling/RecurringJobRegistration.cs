using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServerStatus.Application.Common.Ports;

namespace ServerStatus.Infrastructure.Scheduling;

/// <summary>
/// Registers every job of <see cref="RecurringJobTable"/>, fixed and stored, at start-up (idempotent: in-memory storage
/// starts empty, persistent storage gets updated schedules). Retries while the database or the job storage does not
/// answer, saying so clearly; an invalid cron is reported once with what to fix, and the other jobs are still registered.
/// </summary>
public sealed partial class RecurringJobRegistration(
    RecurringJobTable table,
    IJobScheduler scheduler,
    TimeProvider time,
    ILogger<RecurringJobRegistration> logger) : BackgroundService
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(1);

    private readonly TaskCompletionSource _registered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once every job has been registered (or rejected for a bad schedule).</summary>
    public Task Registered => _registered.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        List<(RecurringJob Job, string Cron)>? pending = null;
        var delay = TimeSpan.FromSeconds(1);
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                pending ??= [.. await table.ListAsync(stoppingToken)];
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogCatalogFailed(ex, attempt, delay);
            }

            if (pending is not null)
            {
                RegisterPending(pending, attempt, delay);
            }

            if (pending is { Count: 0 })
            {
                _registered.TrySetResult();
                return;
            }

            await Task.Delay(delay, time, stoppingToken);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxDelay.Ticks));
        }
    }

    /// <summary>Registers what is pending, removing each job that is done; stops at the first storage failure.</summary>
    private void RegisterPending(List<(RecurringJob Job, string Cron)> pending, int attempt, TimeSpan delay)
    {
        foreach (var entry in pending.ToList())
        {
            var (job, cron) = entry;
            try
            {
                scheduler.AddOrUpdateRecurring(job.Id, cron);
                pending.Remove(entry);
                LogRegistered(job.Id, cron);
            }
            catch (ArgumentException ex)
            {
                pending.Remove(entry);
                LogInvalidCron(job.Id, cron, job.CronSource, ex.Message);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogStorageFailed(ex, job.Id, attempt, delay);
                break;
            }
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Recurring job {JobId} registered with schedule {Cron} (UTC).")]
    private partial void LogRegistered(string jobId, string cron);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Recurring job {JobId} was not registered: its schedule '{Cron}' is not a valid cron expression ({Reason}). Set {Key} to a valid one, e.g. \"0 * * * *\".")]
    private partial void LogInvalidCron(string jobId, string cron, string key, string reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Could not read the backup schedules to register their jobs (attempt {Attempt}); retrying in {Delay}.")]
    private partial void LogCatalogFailed(Exception ex, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Could not register recurring job {JobId} (attempt {Attempt}): the job storage did not answer; retrying in {Delay}.")]
    private partial void LogStorageFailed(Exception ex, string jobId, int attempt, TimeSpan delay);
}
