using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ServerStatus.Application;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Backups.RunScheduledBackup;
using ServerStatus.Infrastructure.Scheduling;

namespace ServerStatus.UnitTests.Infrastructure.Scheduling;

/// <summary>The one table of recurring jobs: every row can run, and rows are found by id, fixed or stored.</summary>
public sealed class RecurringJobTableTests
{
    private static readonly RecurringJob StoredRow = RecurringJobTable.ScheduledBackup("local/mc");

    public static TheoryData<string> FixedIds() => [.. RecurringJobTable.Fixed.Select(j => j.Id)];

    [Fact]
    public void GivesEveryJobItsOwnId_OutsideTheIdsOfStoredJobs()
    {
        var ids = RecurringJobTable.Fixed.Select(j => j.Id).ToList();

        ids.ShouldNotBeEmpty();
        ids.ShouldBeUnique();
        ids.ShouldAllBe(id => !id.StartsWith(BackupScheduleJobs.Prefix, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(FixedIds))]
    public void HasAValidDefaultCron_AndAConfigurationKeyForEveryFixedJob(string id)
    {
        var job = RecurringJobTable.Find(id).ShouldNotBeNull();

        CronSchedule.TryParse(job.DefaultCron, out _).ShouldBeTrue($"{id}: {job.DefaultCron}");
        job.CronSource.ShouldMatch(@"^[A-Za-z]+:[A-Za-z]+Cron$");
    }

    [Fact]
    public void ReadsTheCronOfAJobFromItsFeaturesOwnSection_WhenItsRowNamesOne()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Updates:CheckCron"] = "0 */2 * * *", ["Jobs:TrimLogsCron"] = "*/5 * * * *" }).Build();
        var options = new JobsOptions();

        JobsOptions.Bind(options, configuration);

        options.CronOf(RecurringJobTable.Find("check-updates").ShouldNotBeNull()).ShouldBe("0 */2 * * *");
        options.CronOf(RecurringJobTable.Find("trim-logs").ShouldNotBeNull()).ShouldBe("*/5 * * * *");
    }

    [Fact]
    public void SendsAMessageThatPassesValidation_FromEveryRow()
    {
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(new ConfigurationBuilder().Build()).AddApplication().BuildServiceProvider();

        foreach (var job in RecurringJobTable.Fixed.Append(StoredRow))
        {
            var message = job.MessageFor(services);
            var validators = services.GetServices(typeof(IValidator<>).MakeGenericType(message.GetType())).Cast<IValidator>().ToList();

            validators.ShouldNotBeEmpty($"{job.Id} sends {message.GetType().Name}, which has no validator");
            validators.SelectMany(v => v.Validate(new ValidationContext<object>(message)).Errors).ShouldBeEmpty(job.Id);
        }
    }

    [Fact]
    public void FindsAStoredJob_FromItsIdAlone()
    {
        var job = RecurringJobTable.Find("backup:eu1/mc").ShouldNotBeNull();

        job.DefaultCron.ShouldBeNull();
        job.MessageFor(EmptyServices()).ShouldBe(new RunScheduledBackup("eu1/mc"));
        RecurringJobTable.Find("no-such-job").ShouldBeNull();
    }

    [Fact]
    public async Task ListsTheFixedJobsWithTheirConfiguredCrons_ThenTheStoredOnes()
    {
        var table = new RecurringJobTable(Options.Create(new JobsOptions { Crons = { ["PruneAuditCron"] = "15 2 * * *" } }), new OneStoredSchedule());

        var jobs = await table.ListAsync(CancellationToken.None);

        jobs.Select(j => (j.Job.Id, j.Cron)).ShouldBe([("trim-logs", "0 * * * *"), ("prune-audit", "15 2 * * *"), ("prune-backups", "30 3 * * *"), ("end-maintenance", "* * * * *"), ("downsample-metrics", "5 * * * *"), ("check-updates", "0 */6 * * *"), ("prune-update-images", "45 3 * * *"), ("backup:local/mc", "0 4 * * *")]);
    }

    [Fact]
    public void StopsStartUp_NamingTheKey_WhenACronIsSetToNothing()
    {
        var result = new JobsOptions.Validation().Validate(null, new JobsOptions { Crons = { ["TrimLogsCron"] = " " } });

        result.Failures.ShouldNotBeNull().ShouldBe(["Jobs:TrimLogsCron must be a cron expression, e.g. \"0 * * * *\"."]);
    }

    private static ServiceProvider EmptyServices() => new ServiceCollection().BuildServiceProvider();

    private sealed class OneStoredSchedule : IStoredJobSource
    {
        public Task<IReadOnlyList<ScheduledJob>> ListAsync(CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<ScheduledJob>>([new ScheduledJob(StoredRow.Id, "0 4 * * *")]);
    }
}
