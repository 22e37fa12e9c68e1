using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ServerStatus.Infrastructure.Persistence;

/// <summary>Creates the database file's folder and applies pending migrations at start-up.</summary>
public sealed class DatabaseInitializer(IServiceScopeFactory scopes, IOptions<DatabaseOptions> options)
{
    /// <summary>Returns null when the database is ready, else one sentence saying what to fix.</summary>
    public async Task<string?> InitializeAsync(CancellationToken ct)
    {
        var path = options.Value.Path;
        try
        {
            var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ServerStatusDbContext>();
            await db.Database.MigrateAsync(ct);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SqliteException or NotSupportedException or ArgumentException)
        {
            return $"Cannot open the database at {path} ({ex.Message.TrimEnd('.')}): set Database:Path to a writable file location.";
        }
    }
}
