using Hangfire;
using Hangfire.InMemory;
using Hangfire.Storage;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Infrastructure.Scheduling;
using ServerStatus.TestSupport.Contracts;

namespace ServerStatus.IntegrationTests.Contracts;

/// <summary>
/// <see cref="JobSchedulerContract"/> for the Hangfire scheduler on real Hangfire in-memory storage (the bot's default),
/// without a server processing jobs, so a triggered run stays enqueued where the test can count it.
/// </summary>
public sealed class HangfireJobSchedulerContractTests : JobSchedulerContract, IDisposable
{
    private readonly InMemoryStorage _storage = new();

    public HangfireJobSchedulerContractTests() => Scheduler = new HangfireJobScheduler(new RecurringJobManager(_storage));

    protected override IJobScheduler Scheduler { get; }

    public void Dispose() => _storage.Dispose();

    protected override IReadOnlyDictionary<string, string> Registered()
    {
        using var connection = _storage.GetConnection();
        return connection.GetRecurringJobs().Where(job => !job.Removed).ToDictionary(job => job.Id, job => job.Cron);
    }

    protected override int TriggeredRuns(string jobId) =>
        _storage.GetMonitoringApi().EnqueuedJobs("default", 0, 100).Count(job => Equals(job.Value.Job?.Args[0], jobId));
}
