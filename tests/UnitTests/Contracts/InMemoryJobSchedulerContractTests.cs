using ServerStatus.Application.Common.Ports;
using ServerStatus.TestSupport.Contracts;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Contracts;

public sealed class InMemoryJobSchedulerContractTests : JobSchedulerContract
{
    private readonly InMemoryJobScheduler _scheduler = new();

    protected override IJobScheduler Scheduler => _scheduler;

    protected override IReadOnlyDictionary<string, string> Registered() => _scheduler.Jobs;

    protected override int TriggeredRuns(string jobId) => _scheduler.Triggered.Count(id => id == jobId);
}
