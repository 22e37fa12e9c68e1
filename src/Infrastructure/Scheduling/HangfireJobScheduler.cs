using Hangfire;
using ServerStatus.Application.Common.Ports;

namespace ServerStatus.Infrastructure.Scheduling;

/// <summary>The job scheduler port on Hangfire's recurring jobs; every job calls <see cref="IRecurringJobRunner"/> with its id.</summary>
public sealed class HangfireJobScheduler(IRecurringJobManager recurringJobs) : IJobScheduler
{
    public void AddOrUpdateRecurring(string jobId, string cron) =>
        recurringJobs.AddOrUpdate<IRecurringJobRunner>(jobId, runner => runner.RunAsync(jobId, CancellationToken.None), cron, new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });

    public void RemoveRecurring(string jobId) => recurringJobs.RemoveIfExists(jobId);

    public void TriggerNow(string jobId) => recurringJobs.Trigger(jobId);
}
