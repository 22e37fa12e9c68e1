using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Infrastructure.Scheduling;

namespace ServerStatus.UnitTests.Infrastructure.Scheduling;

public sealed class RecurringJobRegistrationTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly FlakyScheduler _scheduler = new();
    private readonly StoredJobs _stored = new();

    private RecurringJobRegistration Registration(JobsOptions? options = null) =>
        new(new RecurringJobTable(Options.Create(options ?? new JobsOptions()), _stored), _scheduler, _time, NullLogger<RecurringJobRegistration>.Instance);

    [Fact]
    public async Task RegistersEveryDeclaredJob_WithItsConfiguredSchedule()
    {
        using var registration = Registration(new JobsOptions { Crons = { ["TrimLogsCron"] = "*/5 * * * *" } });

        await registration.StartAsync(CancellationToken.None);
        await registration.Registered.WaitAsync(TimeSpan.FromSeconds(5));

        _scheduler.Jobs.ShouldBe(new Dictionary<string, string> { ["trim-logs"] = "*/5 * * * *", ["prune-audit"] = "0 3 * * *", ["prune-backups"] = "30 3 * * *", ["end-maintenance"] = "* * * * *", ["downsample-metrics"] = "5 * * * *", ["check-updates"] = "0 */6 * * *", ["prune-update-images"] = "45 3 * * *" });
    }

    [Fact]
    public async Task RegistersTheStoredSchedules_AfterRetrying_WhenTheyCannotBeReadAtFirst()
    {
        _stored.FailuresLeft = 1;
        _stored.Jobs.Add(new ScheduledJob("backup:local/mc", "0 4 * * *"));
        using var registration = Registration();

        await registration.StartAsync(CancellationToken.None);
        await WaitUntilAsync(() => _stored.Reads == 1);
        registration.Registered.IsCompleted.ShouldBeFalse();
        _scheduler.Jobs.ShouldBeEmpty();
        await AdvanceUntilAsync(registration.Registered);

        _stored.Reads.ShouldBe(2);
        _scheduler.Jobs["backup:local/mc"].ShouldBe("0 4 * * *");
        _scheduler.Jobs.Count.ShouldBe(RecurringJobTable.Fixed.Count + 1);
    }

    [Fact]
    public async Task RetriesWithBackoff_WhileTheStorageDoesNotAnswer()
    {
        _scheduler.FailuresLeft = 2;
        using var registration = Registration();

        await registration.StartAsync(CancellationToken.None);
        await WaitUntilAsync(() => _scheduler.Attempts == 1);
        registration.Registered.IsCompleted.ShouldBeFalse();
        await AdvanceUntilAsync(registration.Registered);

        _scheduler.Attempts.ShouldBe(9); // two failures, then the seven jobs
        _scheduler.Jobs.Keys.Order(StringComparer.Ordinal).ShouldBe(["check-updates", "downsample-metrics", "end-maintenance", "prune-audit", "prune-backups", "prune-update-images", "trim-logs"]);
    }

    [Fact]
    public async Task SkipsOnlyTheJobWithABadSchedule()
    {
        using var registration = Registration(new JobsOptions { Crons = { ["PruneAuditCron"] = "bad" } });

        await registration.StartAsync(CancellationToken.None);
        await registration.Registered.WaitAsync(TimeSpan.FromSeconds(5));

        _scheduler.Jobs.Keys.Order(StringComparer.Ordinal).ShouldBe(["check-updates", "downsample-metrics", "end-maintenance", "prune-backups", "prune-update-images", "trim-logs"]);
    }

    // The registration waits on the fake clock between attempts: move it on until the registration is done.
    private Task AdvanceUntilAsync(Task done) => Eventually.HoldsAsync(
        () =>
        {
            _time.Advance(TimeSpan.FromMilliseconds(500));
            return done.IsCompleted;
        },
        "the registration is done");

    private static Task WaitUntilAsync(Func<bool> condition) => Eventually.HoldsAsync(condition, "the registration got that far");

    /// <summary>Stored jobs that cannot be read a number of times first (the database not answering).</summary>
    private sealed class StoredJobs : IStoredJobSource
    {
        private int _reads;

        public List<ScheduledJob> Jobs { get; } = [];

        public int FailuresLeft { get; set; }

        public int Reads => Volatile.Read(ref _reads);

        public Task<IReadOnlyList<ScheduledJob>> ListAsync(CancellationToken ct)
        {
            Interlocked.Increment(ref _reads);
            if (FailuresLeft > 0)
            {
                FailuresLeft--;
                throw new InvalidOperationException("database down");
            }

            return Task.FromResult<IReadOnlyList<ScheduledJob>>([.. Jobs]);
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
