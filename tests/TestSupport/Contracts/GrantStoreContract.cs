using ServerStatus.Application.Common.Ports;
using ServerStatus.Domain.Permissions;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.TestSupport.Contracts;

/// <summary>
/// What callers rely on from an <see cref="IGrantStore"/>: a grant is stored once, listed for its user and the
/// user's roles, listed in full by scope then subject, and removed exactly. Every fact uses subjects of its own.
/// </summary>
public abstract class GrantStoreContract
{
    private static readonly DateTimeOffset At = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The store under test; a persistent one answers each call from a fresh unit of work, as each command has its own.</summary>
    protected abstract IGrantStore Store();

    [Fact]
    public async Task StoresAGrantOnce_WhenItIsAddedTwice()
    {
        var user = ContractIds.Next();
        var first = await Store().AddAsync(Grant.Create(Subject.User(user), Permission.Restart, Grants.Scope("mc"), 9, At), default);

        var second = await Store().AddAsync(Grant.Create(Subject.User(user), Permission.Restart, Grants.Scope("mc"), 9, At), default);

        first.ShouldBeTrue();
        second.ShouldBeFalse();
        (await Store().ListAllAsync(default)).Count(g => g.SubjectId == user).ShouldBe(1);
    }

    [Fact]
    public async Task ReturnsTheGrantsOfTheUserAndTheirRoles_AndNoOthers()
    {
        var (user, role, otherRole, otherUser) = (ContractIds.Next(), ContractIds.Next(), ContractIds.Next(), ContractIds.Next());
        await Store().AddAsync(Grant.Create(Subject.User(user), Permission.Status, GrantScope.Everywhere, 7, At), default);
        await Store().AddAsync(Grant.Create(Subject.Role(role), Permission.Restart, Grants.Scope("mc"), null, At), default);
        await Store().AddAsync(Grant.Create(Subject.Role(otherRole), Permission.Kill, Grants.Scope("mc"), null, At), default);
        await Store().AddAsync(Grant.Create(Subject.User(otherUser), Permission.All, GrantScope.Everywhere, null, At), default);

        var grants = await Store().ListForAsync(user, [role], default);

        grants.Select(g => (g.Subject, g.Permission, g.Scope)).OrderBy(g => g.Permission).ShouldBe(
            [(Subject.User(user), Permission.Status, "*"), (Subject.Role(role), Permission.Restart, "mc")]);
        var own = grants.Single(g => g.SubjectKind == SubjectKind.User);
        (own.GrantedAt, own.GrantedBy).ShouldBe((At, (ulong?)7));
    }

    [Fact]
    public async Task TellsAUserFromARole_WhenBothHaveTheSameId()
    {
        var id = ContractIds.Next();
        await Store().AddAsync(Grant.Create(Subject.Role(id), Permission.Stop, GrantScope.Everywhere, null, At), default);

        var added = await Store().AddAsync(Grant.Create(Subject.User(id), Permission.Stop, GrantScope.Everywhere, null, At), default);

        added.ShouldBeTrue();
        (await Store().ListForAsync(id, [], default)).ShouldHaveSingleItem().SubjectKind.ShouldBe(SubjectKind.User);
    }

    [Fact]
    public async Task ListsEveryGrant_ByScopeThenSubject()
    {
        var (role, user, later) = (ContractIds.Next(), ContractIds.Next(), ContractIds.Next());
        await Store().AddAsync(Grant.Create(Subject.User(later), Permission.Logs, Grants.Scope("web"), null, At), default);
        await Store().AddAsync(Grant.Create(Subject.Role(role), Permission.Logs, Grants.Scope("mc"), null, At), default);
        await Store().AddAsync(Grant.Create(Subject.User(user), Permission.Logs, Grants.Scope("mc"), null, At), default);
        await Store().AddAsync(Grant.Create(Subject.User(later), Permission.Logs, GrantScope.Everywhere, null, At), default);

        var all = await Store().ListAllAsync(default);

        all.Where(g => g.SubjectId == role || g.SubjectId == user || g.SubjectId == later).Select(g => (g.Scope, g.Subject)).ShouldBe(
            [("*", Subject.User(later)), ("mc", Subject.User(user)), ("mc", Subject.Role(role)), ("web", Subject.User(later))]);
    }

    [Fact]
    public async Task RemovesOnlyTheMatchingGrant_AndSaysWhenThereWasNone()
    {
        var user = ContractIds.Next();
        await Store().AddAsync(Grant.Create(Subject.User(user), Permission.Stop, Grants.Scope("a"), null, At), default);
        await Store().AddAsync(Grant.Create(Subject.User(user), Permission.Stop, Grants.Scope("b"), null, At), default);
        await Store().AddAsync(Grant.Create(Subject.User(user), Permission.Start, Grants.Scope("a"), null, At), default);

        var removed = await Store().RemoveAsync(Subject.User(user), Permission.Stop, Grants.Scope("a"), default);
        var again = await Store().RemoveAsync(Subject.User(user), Permission.Stop, Grants.Scope("a"), default);

        removed.ShouldBeTrue();
        again.ShouldBeFalse();
        (await Store().ListForAsync(user, [], default)).Select(g => (g.Permission, g.Scope)).OrderBy(g => g.Permission).ShouldBe(
            [(Permission.Start, "a"), (Permission.Stop, "b")]);
    }
}
