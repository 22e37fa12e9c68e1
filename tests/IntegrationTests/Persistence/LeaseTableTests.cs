using ServerStatus.Infrastructure.Instances;

namespace ServerStatus.IntegrationTests.Persistence;

/// <summary>The instance lease on a real SQLite file created by our migrations: one holder at a time, taken over only once expired.</summary>
public sealed class LeaseTableTests(ContractDatabase database) : IClassFixture<ContractDatabase>
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 13, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(15);

    private LeaseTable Table => database.Fresh<LeaseTable>();

    [Fact]
    public async Task GivesAFreeLeaseToTheFirst_AndRenewsItForItsHolderOnly()
    {
        var name = Guid.NewGuid().ToString("N");

        (await Table.TryTakeAsync(name, "a", Now, Now + Lease, default)).ShouldBeTrue();
        (await Table.TryTakeAsync(name, "b", Now.AddSeconds(1), Now.AddSeconds(1) + Lease, default)).ShouldBeFalse();
        (await Table.TryTakeAsync(name, "a", Now.AddSeconds(5), Now.AddSeconds(5) + Lease, default)).ShouldBeTrue();
        (await Table.HolderAsync(name, Now.AddSeconds(19), default)).ShouldBe("a");
    }

    [Fact]
    public async Task LetsAnotherTakeTheLease_OnceItHasExpired()
    {
        var name = Guid.NewGuid().ToString("N");
        await Table.TryTakeAsync(name, "a", Now, Now + Lease, default);

        (await Table.TryTakeAsync(name, "b", Now + Lease - TimeSpan.FromMilliseconds(1), Now + (2 * Lease), default)).ShouldBeFalse();
        (await Table.TryTakeAsync(name, "b", Now + Lease + TimeSpan.FromMilliseconds(1), Now + (2 * Lease), default)).ShouldBeTrue();
        (await Table.TryTakeAsync(name, "a", Now + Lease + TimeSpan.FromSeconds(1), Now + (2 * Lease), default)).ShouldBeFalse();
        (await Table.HolderAsync(name, Now + Lease + TimeSpan.FromSeconds(1), default)).ShouldBe("b");
    }

    [Fact]
    public async Task GivesTheLeaseToExactlyOne_OfInstancesRacingForIt()
    {
        var name = Guid.NewGuid().ToString("N");

        var taken = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => Table.TryTakeAsync(name, $"instance {i}", Now, Now + Lease, default))));

        taken.Count(t => t).ShouldBe(1);
    }

    [Fact]
    public async Task FreesTheLeaseAtOnce_WhenItsHolderReleasesIt()
    {
        var name = Guid.NewGuid().ToString("N");
        await Table.TryTakeAsync(name, "a", Now, Now + Lease, default);

        await Table.ReleaseAsync(name, "b", default); // not its holder: nothing changes
        (await Table.HolderAsync(name, Now, default)).ShouldBe("a");
        await Table.ReleaseAsync(name, "a", default);

        (await Table.HolderAsync(name, Now, default)).ShouldBeNull();
        (await Table.TryTakeAsync(name, "b", Now.AddSeconds(1), Now.AddSeconds(1) + Lease, default)).ShouldBeTrue();
    }
}
