using ServerStatus.Application.Backups;
using ServerStatus.Domain.Backups;

namespace ServerStatus.TestSupport.Contracts;

/// <summary>
/// What callers rely on from an <see cref="IBackupScheduleRepository"/>: a schedule is found by its server with all
/// it holds, every schedule is listed ordered by server, changes made to a found schedule are saved by
/// <see cref="IBackupScheduleRepository.UpdateAsync"/>, and a removed schedule is gone. Every fact uses servers of its
/// own. (Callers find a server's schedule before adding one; the stores need not be asked for a second.)
/// </summary>
public abstract class BackupScheduleRepositoryContract
{
    private static readonly DateTimeOffset At = new(2026, 11, 24, 4, 0, 0, TimeSpan.Zero);

    /// <summary>The repository under test; a persistent one answers each call from a fresh unit of work, as each command has its own.</summary>
    protected abstract IBackupScheduleRepository Repository();

    [Fact]
    public async Task FindsAScheduleByItsServer_WithEverythingItHolds()
    {
        var (server, other) = (Server(), Server());
        await Repository().AddAsync(BackupSchedule.Create(server, "0 4 * * *", 7, "user:42", At), default);

        var found = await Repository().FindAsync(server, default);
        var missing = await Repository().FindAsync(other, default);

        found.ShouldNotBeNull();
        (found.Server, found.Cron, found.Keep, found.CreatedBy, found.CreatedAt).ShouldBe((server, "0 4 * * *", 7, "user:42", At));
        (found.LastRunAt, found.LastSucceeded, found.LastResult).ShouldBe((null, null, null));
        missing.ShouldBeNull();
    }

    [Fact]
    public async Task ListsEverySchedule_OrderedByServer()
    {
        var servers = new[] { Server("mc-b"), Server("mc-a"), Server("mc-c") };
        foreach (var server in servers)
        {
            await Repository().AddAsync(BackupSchedule.Create(server, "@daily", 3, "user:1", At), default);
        }

        var listed = await Repository().ListAsync(default);

        listed.Select(s => s.Server).Where(servers.Contains).ShouldBe(servers.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SavesTheChangesMadeToAFoundSchedule()
    {
        var server = Server();
        await Repository().AddAsync(BackupSchedule.Create(server, "0 4 * * *", 7, "user:42", At), default);
        var repository = Repository();
        var schedule = (await repository.FindAsync(server, default)).ShouldNotBeNull();
        schedule.Change("@weekly", 2, "user:43", At.AddDays(1));
        schedule.RecordRun(At.AddDays(2), succeeded: false, "the server was gone");

        await repository.UpdateAsync(schedule, default);

        var saved = (await Repository().FindAsync(server, default)).ShouldNotBeNull();
        (saved.Cron, saved.Keep).ShouldBe(("@weekly", 2));
        (saved.LastRunAt, saved.LastSucceeded, saved.LastResult).ShouldBe((At.AddDays(2), false, "the server was gone"));
    }

    [Fact]
    public async Task ForgetsARemovedSchedule()
    {
        var (removed, kept) = (Server(), Server());
        await Repository().AddAsync(BackupSchedule.Create(removed, "@daily", 3, "user:1", At), default);
        await Repository().AddAsync(BackupSchedule.Create(kept, "@daily", 3, "user:1", At), default);
        var repository = Repository();

        await repository.RemoveAsync((await repository.FindAsync(removed, default)).ShouldNotBeNull(), default);

        (await Repository().FindAsync(removed, default)).ShouldBeNull();
        (await Repository().ListAsync(default)).Select(s => s.Server).ShouldContain(kept);
        (await Repository().ListAsync(default)).Select(s => s.Server).ShouldNotContain(removed);
    }

    private static string Server(string stem = "mc") => "local/" + ContractIds.Name(stem);
}
