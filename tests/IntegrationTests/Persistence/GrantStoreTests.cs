using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Domain.Permissions;
using ServerStatus.Domain.Servers;
using ServerStatus.Infrastructure.Persistence;

namespace ServerStatus.IntegrationTests.Persistence;

/// <summary>The grant and admin stores on a real SQLite file created by our migrations.</summary>
public sealed class GrantStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private readonly MigratedDatabase _database = new(Path.Combine("nested", "grants.db"));

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task AppliesEveryMigration_WhenTheDatabaseIsNew()
    {
        await using var scope = _database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServerStatusDbContext>();

        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        (await db.Database.GetAppliedMigrationsAsync()).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task StoresAGrantOnce_WhenItIsAddedTwice()
    {
        var first = await WithGrants(s => s.AddAsync(Grant.Create(Subject.User(1), Permission.Restart, Scope("mc"), 9, Now), default));
        var second = await WithGrants(s => s.AddAsync(Grant.Create(Subject.User(1), Permission.Restart, Scope("mc"), 9, Now), default));

        first.ShouldBeTrue();
        second.ShouldBeFalse();
        (await WithGrants(s => s.ListAllAsync(default))).Count.ShouldBe(1);
    }

    [Fact]
    public async Task ReturnsTheGrantsOfTheUserAndTheirRoles_AndNoOthers()
    {
        await WithGrants(s => s.AddAsync(Grant.Create(Subject.User(1), Permission.Status, GrantScope.Everywhere, null, Now), default));
        await WithGrants(s => s.AddAsync(Grant.Create(Subject.Role(50), Permission.Restart, Scope("mc"), null, Now), default));
        await WithGrants(s => s.AddAsync(Grant.Create(Subject.Role(60), Permission.Kill, Scope("mc"), null, Now), default));
        await WithGrants(s => s.AddAsync(Grant.Create(Subject.User(2), Permission.All, GrantScope.Everywhere, null, Now), default));

        var grants = await WithGrants(s => s.ListForAsync(1, [50], default));

        grants.Select(g => (g.Subject, g.Permission, g.Scope)).OrderBy(g => g.Permission).ShouldBe(
            [(Subject.User(1), Permission.Status, "*"), (Subject.Role(50), Permission.Restart, "mc")]);
        grants[0].GrantedAt.ShouldBe(Now);
    }

    [Fact]
    public async Task RemovesOnlyTheMatchingGrant()
    {
        await WithGrants(s => s.AddAsync(Grant.Create(Subject.User(3), Permission.Stop, Scope("a"), null, Now), default));
        await WithGrants(s => s.AddAsync(Grant.Create(Subject.User(3), Permission.Stop, Scope("b"), null, Now), default));

        var removed = await WithGrants(s => s.RemoveAsync(Subject.User(3), Permission.Stop, Scope("a"), default));
        var again = await WithGrants(s => s.RemoveAsync(Subject.User(3), Permission.Stop, Scope("a"), default));

        removed.ShouldBeTrue();
        again.ShouldBeFalse();
        (await WithGrants(s => s.ListForAsync(3, [], default))).ShouldHaveSingleItem().Scope.ShouldBe("b");
    }

    [Fact]
    public async Task KeepsStoredAdmins_AddedOnceAndRemovable()
    {
        await using var scope = _database.Services.CreateAsyncScope();
        var admins = scope.ServiceProvider.GetRequiredService<IAdminStore>();

        (await admins.AddAsync(StoredAdmin.Create(70, 1, Now), default)).ShouldBeTrue();
        (await admins.AddAsync(StoredAdmin.Create(70, 1, Now), default)).ShouldBeFalse();
        (await admins.IsAdminAsync(70, default)).ShouldBeTrue();
        (await admins.ListAsync(default)).ShouldHaveSingleItem().AddedAt.ShouldBe(Now);
        (await admins.RemoveAsync(70, default)).ShouldBeTrue();
        (await admins.IsAdminAsync(70, default)).ShouldBeFalse();
    }

    private static GrantScope Scope(string name) => GrantScope.For(ServerName.Parse(name));

    private async Task<T> WithGrants<T>(Func<IGrantStore, Task<T>> action)
    {
        await using var scope = _database.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<IGrantStore>());
    }
}
