using ServerStatus.Application.Updates;
using ServerStatus.Domain.Updates;

namespace ServerStatus.TestSupport.Contracts;

/// <summary>
/// What callers rely on from an <see cref="IPendingUpdateStore"/>: a saved update gets an id and is found by its server
/// with what the check saw; changes to a found one (announced, skipped, a newer digest) are saved; updates are listed by
/// server; a removed one is gone.
/// </summary>
public abstract class PendingUpdateStoreContract
{
    private static readonly DateTimeOffset At = new(2026, 12, 4, 6, 0, 0, TimeSpan.Zero);

    /// <summary>The store under test; a persistent one answers each call from a fresh unit of work.</summary>
    protected abstract IPendingUpdateStore Store();

    private static string Server(string name) => $"local/{name}-{Guid.NewGuid():N}";

    private static ImageVersions Versions(string newDigest = "sha256:bbbb") =>
        new("127.0.0.1:5000/test/game:latest", "sha256:aaaa", newDigest, At.AddDays(-3), null);

    [Fact]
    public async Task FindsASavedUpdate_WithWhatTheCheckSaw()
    {
        var server = Server("mc");
        var update = PendingUpdate.Found("local", server, Versions(), At);

        await Store().SaveAsync(update, default);

        update.Id.ShouldBeGreaterThan(0);
        var found = (await Store().FindAsync(server, default)).ShouldNotBeNull();
        (found.Engine, found.ImageReference, found.RunningDigest, found.NewDigest).ShouldBe(("local", "127.0.0.1:5000/test/game:latest", "sha256:aaaa", "sha256:bbbb"));
        (found.RunningImageCreated, found.NewImageCreated, found.FoundAt, found.IsAnnounced, found.IsSkipped).ShouldBe((At.AddDays(-3), (DateTimeOffset?)null, At, false, false));
    }

    [Fact]
    public async Task KeepsTheMessageTheSkipAndANewerDigest_WhenAFoundUpdateIsSaved()
    {
        var server = Server("web");
        await Store().SaveAsync(PendingUpdate.Found("local", server, Versions(), At), default);

        var store = Store();
        var found = (await store.FindAsync(server, default)).ShouldNotBeNull();
        found.AnnouncedAs(ulong.MaxValue - 1, 77);
        found.Skip(9);
        await store.SaveAsync(found, default);

        var again = (await Store().FindAsync(server, default)).ShouldNotBeNull();
        (again.ChannelId, again.MessageId, again.IsAnnounced, again.IsSkipped, again.SkippedBy).ShouldBe((ulong.MaxValue - 1, 77UL, true, true, 9UL));

        store = Store();
        again = (await store.FindAsync(server, default)).ShouldNotBeNull();
        again.Saw(Versions("sha256:cccc"), At.AddHours(6));
        await store.SaveAsync(again, default);

        var newer = (await Store().FindAsync(server, default)).ShouldNotBeNull();
        (newer.NewDigest, newer.CheckedAt, newer.IsSkipped, newer.IsAnnounced).ShouldBe(("sha256:cccc", At.AddHours(6), false, false));
    }

    [Fact]
    public async Task ListsUpdatesByServer_AndForgetsARemovedOne()
    {
        var (first, second) = (Server("a"), Server("b"));
        await Store().SaveAsync(PendingUpdate.Found("local", second, Versions(), At), default);
        await Store().SaveAsync(PendingUpdate.Found("local", first, Versions(), At), default);

        (await Store().RemoveAsync(second, default)).ShouldBeTrue();

        var listed = (await Store().ListAsync(default)).Select(u => u.Server).ToList();
        listed.ShouldContain(first);
        listed.ShouldNotContain(second);
        listed.ShouldBe([.. listed.Order(StringComparer.Ordinal)]);
        (await Store().FindAsync(second, default)).ShouldBeNull();
        (await Store().RemoveAsync(second, default)).ShouldBeFalse();
    }
}
