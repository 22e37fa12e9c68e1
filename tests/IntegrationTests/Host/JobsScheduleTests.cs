using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ServerStatus.Infrastructure.Scheduling;

namespace ServerStatus.IntegrationTests.Host;

/// <summary>A bad cron expression in configuration: said clearly with the key to fix; the other job still runs.</summary>
public sealed class JobsScheduleTests(JobsScheduleTests.Setup fixture) : BotTests<JobsScheduleTests.Setup>(fixture)
{
    [Fact]
    public async Task ReportsTheKeyToFix_AndRegistersTheOtherJobs_WhenACronIsInvalid()
    {
        await Bot.App.Services.GetRequiredService<RecurringJobRegistration>().Registered.WaitAsync(TimeSpan.FromSeconds(20));

        using var connection = Bot.App.Services.GetRequiredService<JobStorage>().GetConnection();
        connection.GetRecurringJobs().Select(j => j.Id).Order(StringComparer.Ordinal).ShouldBe(["check-updates", "downsample-metrics", "end-maintenance", "prune-audit", "prune-backups", "prune-update-images"]);
        Bot.Logs.Entries.ShouldContain(e => e.Level == LogLevel.Error && e.Message.Contains("Jobs:TrimLogsCron", StringComparison.Ordinal)
            && e.Message.Contains("every hour please", StringComparison.Ordinal));
    }

    public sealed class Setup : BotFixture
    {
        protected override void Configure(Dictionary<string, string?> settings) => settings["Jobs:TrimLogsCron"] = "every hour please";
    }
}
