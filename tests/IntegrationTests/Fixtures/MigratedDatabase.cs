using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ServerStatus.Infrastructure.Persistence;

namespace ServerStatus.IntegrationTests.Fixtures;

/// <summary>The bot's composition on a fresh SQLite file in its own temporary directory, created by our migrations.</summary>
public sealed class MigratedDatabase(string fileName) : IAsyncLifetime
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("serverstatus-db-");
    private IHost? _host;

    public IServiceProvider Services => (_host ?? throw new InvalidOperationException("InitializeAsync has not run.")).Services;

    public async Task InitializeAsync()
    {
        (_host, _) = TestApp.Build(TestApp.Settings(new DockerSandbox(), Path.Combine(_directory.FullName, fileName)));
        (await _host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None)).ShouldBeNull();
    }

    public Task DisposeAsync()
    {
        _host?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
