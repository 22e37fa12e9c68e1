using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Presentation.Discord.Scheduling;

namespace ServerStatus.UnitTests.Presentation.Scheduling;

public sealed class RecurringJobRegistrationJobsTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly FlakyScheduler _scheduler = new();

    private RecurringJobRegistration Registration(JobsOptions? options = null) =>
        new(new RecurringJobCatalog(Options.Create(options ?? new JobsOptions())), _scheduler, _time, NullLogger<RecurringJobRegistration>.Instance);

    [Fact]
    public async Task RegistersEveryDeclaredJob_WithItsConfiguredSchedule()
    {
        using var registration = Registration(new JobsOptions { TrimLogsCron = "*/5 * * * *" });

        await registration.StartAsync(CancellationToken.None);
        await registration.Registered.WaitAsync(TimeSpan.FromSeconds(5));

        _scheduler.Jobs.ShouldBe(new Dictionary<string, string> { ["trim-logs"] = "*/5 * * * *", ["prune-audit"] = "0 3 * * *" });
    }

    [Fact]
    public async Task RetriesWithBackoff_WhileTheStorageDoesNotAnswer()
    {
        _scheduler.FailuresLeft = 2;
        using var registration = Registration();

        await registration.StartAsync(CancellationToken.None);
        await WaitUntilAsync(() => _scheduler.Attempts == 1);
        registration.Registered.IsCompleted.ShouldBeFalse();
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!registration.Registered.IsCompleted)
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline);
            _time.Advance(TimeSpan.FromMilliseconds(500));
            await Task.Delay(5);
        }

        _scheduler.Attempts.ShouldBe(4); // two failures, then both jobs
        _scheduler.Jobs.Keys.Order(StringComparer.Ordinal).ShouldBe(["prune-audit", "trim-logs"]);
    }

    [Fact]
    public async Task SkipsOnlyTheJobWithABadSchedule()
    {
        using var registration = Registration(new JobsOptions { PruneAuditCron = "bad" });

        await registration.StartAsync(CancellationToken.None);
        await registration.Registered.WaitAsync(TimeSpan.FromSeconds(5));

        _scheduler.Jobs.Keys.ShouldBe(["trim-logs"]);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline);
            await Task.Delay(5);
        }
    }

    /// <summary>A scheduler whose storage fails a number of times first; rejects "bad" as a cron like Hangfire does.</summary>
    private sealed class FlakyScheduler : IJobScheduler
    {
        private int _attempts;

        public Dictionary<string, string> Jobs { get; } = [];

        public int FailuresLeft { get; set; }

        public int Attempts => Volatile.Read(ref _attempts);

        public void AddOrUpdateRecurring(string jobId, string cron)
        {
            Interlocked.Increment(ref _attempts);
            if (FailuresLeft > 0)
            {
                FailuresLeft--;
                throw new InvalidOperationException("storage down");
            }

            if (cron == "bad")
            {
                throw new ArgumentException("CRON expression is invalid.", nameof(cron));
            }

            Jobs[jobId] = cron;
        }

        public void RemoveRecurring(string jobId) => Jobs.Remove(jobId);

        public void TriggerNow(string jobId)
        {
        }
    }
}
