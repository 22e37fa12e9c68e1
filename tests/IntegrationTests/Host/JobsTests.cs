using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using ServerStatus.Application.Audit;
using ServerStatus.Application.Common;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Common.Security;
using ServerStatus.Infrastructure.Scheduling;

namespace ServerStatus.IntegrationTests.Host;

/// <summary>The recurring jobs on real Hangfire (in-memory storage) inside the whole host.</summary>
public sealed class JobsTests(BotFixture fixture) : BotTests<BotFixture>(fixture)
{
    [Fact]
    public async Task RegistersTheDeclaredJobs_AndRegisteringAgainChangesNothing()
    {
        await Bot.App.Services.GetRequiredService<RecurringJobRegistration>().Registered.WaitAsync(TimeSpan.FromSeconds(20));
        var scheduler = Bot.App.Services.GetRequiredService<IJobScheduler>();

        scheduler.AddOrUpdateRecurring("trim-logs", "0 * * * *");
        scheduler.AddOrUpdateRecurring("trim-logs", "0 * * * *");

        RecurringJobs().Select(j => (j.Id, j.Cron)).Order().ShouldBe([("check-updates", "0 */6 * * *"), ("downsample-metrics", "5 * * * *"), ("end-maintenance", "* * * * *"), ("prune-audit", "0 3 * * *"), ("prune-backups", "30 3 * * *"), ("prune-update-images", "45 3 * * *"), ("trim-logs", "0 * * * *")]);
    }

    [Fact]
    public async Task RemovesAJob_ByItsId()
    {
        // A bot of its own: the shared bot keeps the jobs it registered at start-up for the other tests.
        await using var bot = await Fixture.StartAnotherAsync();
        await bot.App.Services.GetRequiredService<RecurringJobRegistration>().Registered.WaitAsync(TimeSpan.FromSeconds(20));
        var scheduler = bot.App.Services.GetRequiredService<IJobScheduler>();

        scheduler.RemoveRecurring("prune-audit");
        scheduler.RemoveRecurring("no-such-job");

        RecurringJobs(bot).Select(j => j.Id).Order(StringComparer.Ordinal).ShouldBe(["check-updates", "downsample-metrics", "end-maintenance", "prune-backups", "prune-update-images", "trim-logs"]);
    }

    [Fact]
    public async Task RunsPruneAuditAsTheSystemActor_WhenTriggered()
    {
        await Bot.App.Services.GetRequiredService<RecurringJobRegistration>().Registered.WaitAsync(TimeSpan.FromSeconds(20));

        Bot.App.Services.GetRequiredService<IJobScheduler>().TriggerNow("prune-audit");

        var sender = Bot.App.Services.GetRequiredService<ActorScopedSender>();
        var row = await Eventually.ValueAsync(
            async () => (await sender.SendAsync(Actor.System, new ListAudit(Count: 100))).Value.Lines.FirstOrDefault(l => l.Command.Contains("prune", StringComparison.Ordinal)),
            line => line is not null,
            "the prune-audit job writes an audit row");

        row.ShouldNotBeNull("the prune-audit job wrote no audit row");
        row.IsSystem.ShouldBeTrue();
        row.Arguments.ShouldBe("90");
    }

    private List<RecurringJobDto> RecurringJobs() => RecurringJobs(Bot);

    private static List<RecurringJobDto> RecurringJobs(BotUnderTest bot)
    {
        using var connection = bot.App.Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetRecurringJobs();
    }
}
