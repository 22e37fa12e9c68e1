using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServerStatus.Infrastructure.Persistence;
using ServerStatus.IntegrationTests.Fixtures;

namespace ServerStatus.IntegrationTests.Persistence;

/// <summary>
/// Start-up migrates a new SQLite file (in a directory it creates). What the stores do on it is held by their
/// contracts (tests/IntegrationTests/Contracts).
/// </summary>
public sealed class MigrationTests : IAsyncLifetime
{
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
}
