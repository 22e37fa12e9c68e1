using ServerStatus.Application.Common.Ports;

namespace ServerStatus.TestSupport.Contracts;

/// <summary>
/// What callers rely on from an <see cref="IJobScheduler"/>: adding a recurring job twice keeps one job with the latest
/// cron, removing is idempotent, an invalid cron is refused with an <see cref="ArgumentException"/> (start-up reports it
/// with the key to fix) and registers nothing, and a triggered job runs once more outside its schedule.
/// </summary>
public abstract class JobSchedulerContract
{
    protected abstract IJobScheduler Scheduler { get; }

    /// <summary>The recurring jobs the scheduler keeps: id and cron.</summary>
    protected abstract IReadOnlyDictionary<string, string> Registered();

    /// <summary>How many runs of <paramref name="jobId"/> were started outside its schedule.</summary>
    protected abstract int TriggeredRuns(string jobId);

    [Fact]
    public void KeepsOneJobWithTheLatestCron_WhenAddedTwice()
    {
        var id = ContractIds.Name("job");

        Scheduler.AddOrUpdateRecurring(id, "0 4 * * *");
        Scheduler.AddOrUpdateRecurring(id, "30 5 * * *");

        Registered().ShouldContainKeyAndValue(id, "30 5 * * *");
    }

    [Fact]
    public void RemovesAJob_AndIgnoresOneThatIsNotThere()
    {
        var (id, never) = (ContractIds.Name("job"), ContractIds.Name("job"));
        Scheduler.AddOrUpdateRecurring(id, "@daily");

        Scheduler.RemoveRecurring(id);
        Scheduler.RemoveRecurring(never);

        Registered().ShouldNotContainKey(id);
        Registered().ShouldNotContainKey(never);
    }

    [Theory]
    [InlineData("every day")]
    [InlineData("61 * * * *")]
    public void RefusesAnInvalidCron_AndRegistersNothing(string cron)
    {
        var id = ContractIds.Name("job");

        Should.Throw<ArgumentException>(() => Scheduler.AddOrUpdateRecurring(id, cron));

        Registered().ShouldNotContainKey(id);
    }

    [Fact]
    public void StartsOneRun_WhenTriggered()
    {
        var id = ContractIds.Name("job");
        Scheduler.AddOrUpdateRecurring(id, "0 4 1 1 *");

        Scheduler.TriggerNow(id);

        TriggeredRuns(id).ShouldBe(1);
        Registered().ShouldContainKeyAndValue(id, "0 4 1 1 *");
    }
}
