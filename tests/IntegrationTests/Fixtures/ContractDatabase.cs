using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace ServerStatus.IntegrationTests.Fixtures;

/// <summary>
/// One database, migrated once (in a nested directory, which start-up creates), for all the facts of a contract
/// class; each fact uses keys of its own. Every <see cref="Fresh{T}"/> comes from a new scope (a new DbContext),
/// as every command has its own.
/// </summary>
public sealed class ContractDatabase : IAsyncLifetime
{
    private readonly MigratedDatabase _database = new(Path.Combine("nested", "contracts.db"));
    private readonly ConcurrentBag<AsyncServiceScope> _scopes = [];

    public IServiceProvider Services => _database.Services;

    public Task InitializeAsync() => _database.InitializeAsync();

    /// <summary>A service resolved in a fresh scope; the scope is disposed with the fixture.</summary>
    public T Fresh<T>() where T : notnull
    {
        var scope = _database.Services.CreateAsyncScope();
        _scopes.Add(scope);
        return scope.ServiceProvider.GetRequiredService<T>();
    }

    public async Task DisposeAsync()
    {
        foreach (var scope in _scopes)
        {
            await scope.DisposeAsync();
        }

        await _database.DisposeAsync();
    }
}
