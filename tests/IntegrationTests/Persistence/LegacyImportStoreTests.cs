using Microsoft.Extensions.DependencyInjection;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Domain.Permissions;
using ServerStatus.Infrastructure.Persistence;

namespace ServerStatus.IntegrationTests.Persistence;

/// <summary>The record of imported legacy files on a real SQLite file created by our migrations.</summary>
public sealed class LegacyImportStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private static readonly string HashA = new('a', LegacyImport.HashLength);
    private static readonly string HashB = new('b', LegacyImport.HashLength);
    private readonly MigratedDatabase _database = new("imports.db");

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task KnowsAHashOnlyAfterItWasRecorded()
    {
        var before = await WithStore(s => s.WasImportedAsync(HashA, default));
        await WithStore(async s =>
        {
            await s.RecordAsync(LegacyImport.Create(HashA, "/srv/permissions.json", Now, 3, 1, 2), default);
            return true;
        });

        var after = await WithStore(s => s.WasImportedAsync(HashA, default));
        var other = await WithStore(s => s.WasImportedAsync(HashB, default));

        before.ShouldBeFalse();
        after.ShouldBeTrue();
        other.ShouldBeFalse();
    }

    [Fact]
    public async Task KeepsOneRecord_WhenTheSameHashIsRecordedTwice()
    {
        await WithStore(async s =>
        {
            await s.RecordAsync(LegacyImport.Create(HashA, "/srv/permissions.json", Now, 3, 1, 0), default);
            return true;
        });

        await WithStore(async s =>
        {
            await s.RecordAsync(LegacyImport.Create(HashA, "/srv/permissions.json", Now.AddDays(1), 0, 0, 0), default);
            return true;
        });

        await using var scope = _database.Services.CreateAsyncScope();
        var record = scope.ServiceProvider.GetRequiredService<ServerStatusDbContext>().LegacyImports.ShouldHaveSingleItem();
        (record.GrantsAdded, record.AdminsAdded, record.ImportedAt).ShouldBe((3, 1, Now));
    }

    private async Task<T> WithStore<T>(Func<ILegacyImportStore, Task<T>> action)
    {
        await using var scope = _database.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<ILegacyImportStore>());
    }
}
