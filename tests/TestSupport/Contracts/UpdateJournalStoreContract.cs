using ServerStatus.Application.Updates.UpdateServer;
using ServerStatus.Domain.Updates;

namespace ServerStatus.TestSupport.Contracts;

/// <summary>
/// What callers rely on from an <see cref="IUpdateJournalStore"/>: a saved row gets an id and keeps each stage saved
/// later; unfinished rows are listed for the start-up recovery; the last good update of a server since a time is found
/// while its old image is kept; good (or reverted) updates ended before a time are listed until their image is removed.
/// </summary>
public abstract class UpdateJournalStoreContract
{
    private static readonly DateTimeOffset At = new(2026, 12, 4, 6, 0, 0, TimeSpan.Zero);

    /// <summary>The store under test; a persistent one answers each call from a fresh unit of work.</summary>
    protected abstract IUpdateJournalStore Store();

    private static string Server() => $"local/mc-{Guid.NewGuid():N}";

    private static UpdateJournal Begun(string server, DateTimeOffset at) =>
        UpdateJournal.Begin("local", server, "mc", "game:latest", "old-container", "sha256:old", "mc-old-0123456789ab", serverWasRunning: true, "user 42", at);

    [Fact]
    public async Task KeepsEveryStageSaved_AndListsTheRowUntilItEnds()
    {
        var server = Server();
        var journal = Begun(server, At);
        await Store().SaveAsync(journal, default);

        var store = Store();
        var found = (await store.FindAsync(journal.Id, default)).ShouldNotBeNull();
        found.BackedUp("pre-update-1");
        found.Created("new-container", "sha256:new");
        found.Enter(UpdateStage.Probation);
        await store.SaveAsync(found, default);

        journal.Id.ShouldBeGreaterThan(0);
        var unfinished = (await Store().ListUnfinishedAsync(default)).Where(u => u.Server == server).ShouldHaveSingleItem();
        (unfinished.Stage, unfinished.Backup, unfinished.NewContainerId, unfinished.NewImageId, unfinished.ParkedName, unfinished.ServerWasRunning)
            .ShouldBe((UpdateStage.Probation, "pre-update-1", "new-container", "sha256:new", "mc-old-0123456789ab", true));

        var ending = Store();
        var row = (await ending.FindAsync(journal.Id, default)).ShouldNotBeNull();
        row.End(UpdateStage.RolledBack, "it crashed", At.AddMinutes(3));
        await ending.SaveAsync(row, default);
        (await Store().ListUnfinishedAsync(default)).ShouldNotContain(u => u.Server == server);
        (await Store().FindAsync(journal.Id, default)).ShouldNotBeNull().Problem.ShouldBe("it crashed");
    }

    [Fact]
    public async Task FindsTheLastGoodUpdateSinceATime_WhileItsOldImageIsKept()
    {
        var server = Server();
        foreach (var (minutes, stage) in new[] { (1, UpdateStage.Good), (2, UpdateStage.Good), (3, UpdateStage.RolledBack) })
        {
            var journal = Begun(server, At.AddMinutes(minutes));
            journal.End(stage, null, At.AddMinutes(minutes));
            await Store().SaveAsync(journal, default);
        }

        var last = (await Store().FindLastGoodAsync(server, At, default)).ShouldNotBeNull();
        (await Store().FindLastGoodAsync(server, At.AddMinutes(5), default)).ShouldBeNull();

        last.EndedAt.ShouldBe(At.AddMinutes(2));
        var store = Store();
        var row = (await store.FindAsync(last.Id, default)).ShouldNotBeNull();
        row.OldImageRemoved(At.AddDays(8));
        await store.SaveAsync(row, default);
        (await Store().FindLastGoodAsync(server, At, default)).ShouldNotBeNull().EndedAt.ShouldBe(At.AddMinutes(1));
    }

    [Fact]
    public async Task ListsTheOldImagesOfGoodAndRevertedUpdatesEndedBeforeATime_UntilRemoved()
    {
        var server = Server();
        var good = Begun(server, At);
        good.End(UpdateStage.Good, null, At);
        var reverted = Begun(server, At.AddHours(1));
        reverted.End(UpdateStage.Good, null, At.AddHours(1));
        reverted.Revert(At.AddHours(2));
        var recent = Begun(server, At.AddDays(2));
        recent.End(UpdateStage.Good, null, At.AddDays(2));
        var failed = Begun(server, At);
        failed.End(UpdateStage.Failed, "no", At);
        foreach (var journal in new[] { good, reverted, recent, failed })
        {
            await Store().SaveAsync(journal, default);
        }

        var listed = (await Store().ListOldImagesAsync(At.AddDays(1), default)).Where(u => u.Server == server).Select(u => u.Id).ToList();
        var store = Store();
        var row = (await store.FindAsync(good.Id, default)).ShouldNotBeNull();
        row.OldImageRemoved(At.AddDays(8));
        await store.SaveAsync(row, default);

        listed.ShouldBe([good.Id, reverted.Id]);
        (await Store().ListOldImagesAsync(At.AddDays(1), default)).Where(u => u.Server == server).Select(u => u.Id).ShouldBe([reverted.Id]);
    }
}
