using ServerStatus.Application.Schedules;
using ServerStatus.Domain.Schedules;

namespace ServerStatus.TestSupport.Contracts;

/// <summary>
/// What callers rely on from an <see cref="IPowerScheduleRepository"/>: a schedule gets an id when added and is found by
/// it, or by its server and kind, with all it holds; every schedule is listed ordered by server, then kind; changes made
/// to a found schedule are saved by <see cref="IPowerScheduleRepository.UpdateAsync"/>, its run journal too, and read
/// again into a schedule found earlier by <see cref="IPowerScheduleRepository.ReloadAsync"/>; a removed schedule is gone.
/// Every fact uses servers of its own.
/// </summary>
public abstract class PowerScheduleRepositoryContract
{
    private static readonly DateTimeOffset At = new(2026, 12, 3, 5, 0, 0, TimeSpan.Zero);

    /// <summary>The repository under test; a persistent one answers each call from a fresh unit of work, as each command has its own.</summary>
    protected abstract IPowerScheduleRepository Repository();

    [Fact]
    public async Task FindsAScheduleByIdAndByServerAndKind_WithEverythingItHolds()
    {
        var server = Server();
        var added = PowerSchedule.Create(server, PowerScheduleKind.Chain, "0 4 * * *", "backup,restart", 300, 42, At);
        await Repository().AddAsync(added, default);

        var byId = await Repository().FindAsync(added.Id, default);
        var byKind = await Repository().FindAsync(server, PowerScheduleKind.Chain, default);

        added.Id.ShouldBeGreaterThan(0);
        foreach (var found in new[] { byId, byKind })
        {
            found.ShouldNotBeNull();
            (found.Id, found.Server, found.Kind, found.Cron, found.Steps, found.AnnounceSeconds, found.AuthorId, found.CreatedAt)
                .ShouldBe((added.Id, server, PowerScheduleKind.Chain, "0 4 * * *", "backup,restart", (int?)300, 42UL, At));
            (found.LastRunAt, found.LastSucceeded, found.LastResult).ShouldBe((null, null, null));
        }
    }

    [Fact]
    public async Task ReloadsTheRunJournal_SavedThroughAnotherUnitOfWork()
    {
        var added = PowerSchedule.Create(Server(), PowerScheduleKind.Chain, "0 4 * * *", "backup,restart", null, 42, At);
        await Repository().AddAsync(added, default);
        var (early, running) = (Repository(), Repository());
        var foundEarly = (await early.FindAsync(added.Id, default)).ShouldNotBeNull();
        var run = (await running.FindAsync(added.Id, default)).ShouldNotBeNull();

        run.BeginRun(At.AddDays(1));
        run.RecordStepDone();
        run.ResumeRun(At.AddDays(1).AddMinutes(5));
        await running.UpdateAsync(run, default);
        await early.ReloadAsync(foundEarly, default);

        (foundEarly.RunStartedAt, foundEarly.RunStepsDone, foundEarly.RunResumedAt, foundEarly.HasOpenRun)
            .ShouldBe((At.AddDays(1), (int?)1, At.AddDays(1).AddMinutes(5), true));
    }

    [Fact]
    public async Task FindsNothing_ForAnotherKindOrServerOrId()
    {
        var server = Server();
        var added = PowerSchedule.Create(server, PowerScheduleKind.Restart, "@daily", "restart", null, 1, At);
        await Repository().AddAsync(added, default);

        (await Repository().FindAsync(server, PowerScheduleKind.Stop, default)).ShouldBeNull();
        (await Repository().FindAsync(Server(), PowerScheduleKind.Restart, default)).ShouldBeNull();
        (await Repository().FindAsync(added.Id + 1_000_000, default)).ShouldBeNull();
    }

    [Fact]
    public async Task ListsEverySchedule_OrderedByServerThenKind()
    {
        var (a, b) = (Server("mc-a"), Server("mc-b"));
        await Repository().AddAsync(PowerSchedule.Create(b, PowerScheduleKind.Restart, "@daily", "restart", null, 1, At), default);
        await Repository().AddAsync(PowerSchedule.Create(a, PowerScheduleKind.Chain, "@daily", "backup,restart", null, 1, At), default);
        await Repository().AddAsync(PowerSchedule.Create(a, PowerScheduleKind.Stop, "@daily", "stop", null, 1, At), default);

        var listed = await Repository().ListAsync(default);

        listed.Where(s => s.Server == a || s.Server == b).Select(s => (s.Server, s.Kind))
            .ShouldBe([(a, PowerScheduleKind.Stop), (a, PowerScheduleKind.Chain), (b, PowerScheduleKind.Restart)]);
    }

    [Fact]
    public async Task SavesTheChangesMadeToAFoundSchedule()
    {
        var server = Server();
        var added = PowerSchedule.Create(server, PowerScheduleKind.Restart, "0 4 * * *", "restart", null, 42, At);
        await Repository().AddAsync(added, default);
        var repository = Repository();
        var schedule = (await repository.FindAsync(added.Id, default)).ShouldNotBeNull();
        schedule.Change("@weekly", "restart", 60, 43, At.AddDays(1));
        schedule.RecordRun(At.AddDays(2), succeeded: false, "the server was gone");

        await repository.UpdateAsync(schedule, default);

        var saved = (await Repository().FindAsync(server, PowerScheduleKind.Restart, default)).ShouldNotBeNull();
        (saved.Cron, saved.AnnounceSeconds, saved.AuthorId).ShouldBe(("@weekly", (int?)60, 43UL));
        (saved.LastRunAt, saved.LastSucceeded, saved.LastResult).ShouldBe((At.AddDays(2), false, "the server was gone"));
    }

    [Fact]
    public async Task ForgetsARemovedSchedule()
    {
        var (removed, kept) = (Server(), Server());
        await Repository().AddAsync(PowerSchedule.Create(removed, PowerScheduleKind.Stop, "@daily", "stop", null, 1, At), default);
        await Repository().AddAsync(PowerSchedule.Create(kept, PowerScheduleKind.Stop, "@daily", "stop", null, 1, At), default);
        var repository = Repository();

        await repository.RemoveAsync((await repository.FindAsync(removed, PowerScheduleKind.Stop, default)).ShouldNotBeNull(), default);

        (await Repository().FindAsync(removed, PowerScheduleKind.Stop, default)).ShouldBeNull();
        var servers = (await Repository().ListAsync(default)).Select(s => s.Server).ToList();
        servers.ShouldContain(kept);
        servers.ShouldNotContain(removed);
    }

    private static string Server(string stem = "mc") => "local/" + ContractIds.Name(stem);
}
