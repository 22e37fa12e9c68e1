using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Domain.Permissions;
using ServerStatus.Infrastructure.Persistence;
using ServerStatus.IntegrationTests.Fixtures;

namespace ServerStatus.IntegrationTests.Persistence;

/// <summary>The record of imported legacy files on a real SQLite file created by our migrations.</summary>
public sealed class LegacyImportStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private static readonly string HashA = new('a', LegacyImport.HashLength);
    private static readonly string HashB = new('b', LegacyImport.HashLength);
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("serverstatus-db-");
    private IHost _host = null!;

    public async Task InitializeAsync()
    {
        (_host, _) = TestApp.Build(TestApp.Settings(new DockerSandbox(), Path.Combine(_directory.FullName, "imports.db")));
        (await _host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None)).ShouldBeNull();
    }

    public Task DisposeAsync()
    {
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
        return Task.CompletedTask;
    }

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

        await using var scope = _host.Services.CreateAsyncScope();
        var record = scope.ServiceProvider.GetRequiredService<ServerStatusDbContext>().LegacyImports.ShouldHaveSingleItem();
        (record.GrantsAdded, record.AdminsAdded, record.ImportedAt).ShouldBe((3, 1, Now));
    }

    private async Task<T> WithStore<T>(Func<ILegacyImportStore, Task<T>> action)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<ILegacyImportStore>());
    }
}
