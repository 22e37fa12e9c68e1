using ServerStatus.Application.Common.Ports;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.TestSupport.Contracts;

/// <summary>
/// What callers rely on from an <see cref="IAdminStore"/>: an admin is added once, known, listed by user id and
/// removable, and both add and remove say whether they changed anything. Every fact uses users of its own.
/// </summary>
public abstract class AdminStoreContract
{
    private static readonly DateTimeOffset At = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The store under test; a persistent one answers each call from a fresh unit of work, as each command has its own.</summary>
    protected abstract IAdminStore Store();

    [Fact]
    public async Task AddsAnAdminOnce_WhenAddedTwice()
    {
        var user = ContractIds.Next();
        var first = await Store().AddAsync(StoredAdmin.Create(user, 1, At), default);

        var second = await Store().AddAsync(StoredAdmin.Create(user, 2, At.AddDays(1)), default);

        first.ShouldBeTrue();
        second.ShouldBeFalse();
        (await Store().IsAdminAsync(user, default)).ShouldBeTrue();
        var stored = (await Store().ListAsync(default)).Where(a => a.UserId == user).ShouldHaveSingleItem();
        (stored.AddedBy, stored.AddedAt).ShouldBe(((ulong?)1, At));
    }

    [Fact]
    public async Task KnowsNobody_WhenNeverAdded()
    {
        var user = ContractIds.Next();

        var known = await Store().IsAdminAsync(user, default);

        known.ShouldBeFalse();
    }

    [Fact]
    public async Task ListsAdmins_ByUserId()
    {
        var (low, high) = (ContractIds.Next(), ContractIds.Next());
        await Store().AddAsync(StoredAdmin.Create(high, null, At), default);
        await Store().AddAsync(StoredAdmin.Create(low, null, At), default);

        var admins = await Store().ListAsync(default);

        admins.Select(a => a.UserId).Where(id => id == low || id == high).ShouldBe([low, high]);
    }

    [Fact]
    public async Task RemovesAnAdmin_AndSaysWhenThereWasNone()
    {
        var (user, other) = (ContractIds.Next(), ContractIds.Next());
        await Store().AddAsync(StoredAdmin.Create(user, null, At), default);
        await Store().AddAsync(StoredAdmin.Create(other, null, At), default);

        var removed = await Store().RemoveAsync(user, default);
        var again = await Store().RemoveAsync(user, default);

        removed.ShouldBeTrue();
        again.ShouldBeFalse();
        (await Store().IsAdminAsync(user, default)).ShouldBeFalse();
        (await Store().IsAdminAsync(other, default)).ShouldBeTrue();
    }
}
