using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using ServerStatus.Application.Audit;
using ServerStatus.Application.Common;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Common.Security;
using ServerStatus.Infrastructure.Scheduling;
using ServerStatus.IntegrationTests.Fixtures;

namespace ServerStatus.IntegrationTests.Host;

/// <summary>The recurring jobs on real Hangfire (in-memory storage) inside the whole host.</summary>
public sealed class JobsTests : BotTestBase
{
    [Fact]
    public async Task RegistersTheDeclaredJobs_AndRegisteringAgainChangesNothing()
    {
        await Bot.App.Services.GetRequiredService<RecurringJobRegistration>().Registered.WaitAsync(TimeSpan.FromSeconds(20));
        var scheduler = Bot.App.Services.GetRequiredService<IJobScheduler>();

        scheduler.AddOrUpdateRecurring("trim-logs", "0 * * * *");
        scheduler.AddOrUpdateRecurring("trim-logs", "0 * * * *");

        RecurringJobs().Select(j => (j.Id, j.Cron)).Order().ShouldBe([("prune-audit", "0 3 * * *"), ("prune-backups", "30 3 * * *"), ("trim-logs", "0 * * * *")]);
    }

    [Fact]
    public async Task RemovesAJob_ByItsId()
    {
        await Bot.App.Services.GetRequiredService<RecurringJobRegistration>().Registered.WaitAsync(TimeSpan.FromSeconds(20));
        var scheduler = Bot.App.Services.GetRequiredService<IJobScheduler>();

        scheduler.RemoveRecurring("prune-audit");
        scheduler.RemoveRecurring("no-such-job");

        RecurringJobs().Select(j => j.Id).Order(StringComparer.Ordinal).ShouldBe(["prune-backups", "trim-logs"]);
    }

    [Fact]
    public async Task RunsPruneAuditAsTheSystemActor_WhenTriggered()
    {
        await Bot.App.Services.GetRequiredService<RecurringJobRegistration>().Registered.WaitAsync(TimeSpan.FromSeconds(20));

        Bot.App.Services.GetRequiredService<IJobScheduler>().TriggerNow("prune-audit");

        var sender = Bot.App.Services.GetRequiredService<ActorScopedSender>();
        AuditLine? row = null;
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (row is null && DateTime.UtcNow < deadline)
        {
            var view = await sender.SendAsync(Actor.System, new ListAudit(Count: 100));
            row = view.Value.Lines.FirstOrDefault(l => l.Command.Contains("prune", StringComparison.Ordinal));
            await Task.Delay(100);
        }

        row.ShouldNotBeNull("the prune-audit job wrote no audit row");
        row.IsSystem.ShouldBeTrue();
        row.Arguments.ShouldBe("90");
    }

    private List<RecurringJobDto> RecurringJobs()
    {
        using var connection = Bot.App.Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetRecurringJobs();
    }
}
