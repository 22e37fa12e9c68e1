using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using ServerStatus.Application.Common.Ports;
using ServerStatus.IntegrationTests.Fixtures;

namespace ServerStatus.IntegrationTests.Host;

/// <summary>Two bots in one process (as in these tests) each keep their own Hangfire storage and job activator.</summary>
public sealed class JobStorageIsolationTests : IAsyncLifetime
{
    private readonly DockerSandbox _sandbox = new();
    private TestApp _first = null!;
    private TestApp _second = null!;

    public async Task InitializeAsync()
    {
        await _sandbox.InitializeAsync();
        _first = await TestApp.StartAsync(_sandbox);
        _second = await TestApp.StartAsync(_sandbox);
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        await _sandbox.DisposeAsync();
    }

    [Fact]
    public void RegistersAJobOnlyInTheStorageOfTheHostThatScheduledIt()
    {
        _first.Services.GetRequiredService<IJobScheduler>().AddOrUpdateRecurring("backup:local/only-first", "0 4 * * *");

        RecurringJobIds(_first).ShouldContain("backup:local/only-first");
        RecurringJobIds(_second).ShouldNotContain("backup:local/only-first");
        _first.Services.GetRequiredService<JobActivator>().ShouldNotBeSameAs(_second.Services.GetRequiredService<JobActivator>());
    }

    private static List<string> RecurringJobIds(TestApp app)
    {
        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        return [.. connection.GetRecurringJobs().Select(j => j.Id)];
    }
}
