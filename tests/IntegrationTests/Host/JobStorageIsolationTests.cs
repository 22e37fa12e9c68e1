using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using ServerStatus.Application.Common.Ports;

namespace ServerStatus.IntegrationTests.Host;

/// <summary>Two bots in one process (as in these tests) each keep their own Hangfire storage and job activator.</summary>
public sealed class JobStorageIsolationTests(AppFixture fixture) : AppTests<AppFixture>(fixture)
{
    [Fact]
    public async Task RegistersAJobOnlyInTheStorageOfTheHostThatScheduledIt()
    {
        var first = App;
        await using var second = await Fixture.StartAnotherAsync(); // the point of the test: a second host beside the first

        first.Services.GetRequiredService<IJobScheduler>().AddOrUpdateRecurring("backup:local/only-first", "0 4 * * *");

        RecurringJobIds(first).ShouldContain("backup:local/only-first");
        RecurringJobIds(second).ShouldNotContain("backup:local/only-first");
        first.Services.GetRequiredService<JobActivator>().ShouldNotBeSameAs(second.Services.GetRequiredService<JobActivator>());
    }

    private static List<string> RecurringJobIds(TestApp app)
    {
        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        return [.. connection.GetRecurringJobs().Select(j => j.Id)];
    }
}
