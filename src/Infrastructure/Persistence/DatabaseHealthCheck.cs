using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ServerStatus.Infrastructure.Persistence;

/// <summary>Whether the database answers (readiness), and, read only, where it is and which migrations it has (<c>doctor</c>).</summary>
public sealed class DatabaseHealthCheck(IServiceScopeFactory scopes)
{
    /// <summary>One sentence when the database cannot be reached; null when it answers.</summary>
    public async Task<string?> FindProblemAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServerStatusDbContext>();
        try
        {
            return await db.Database.CanConnectAsync(ct) ? null : "The database cannot be reached.";
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return $"The database cannot be reached: {ex.Message}";
        }
    }

    /// <summary>The full path of the SQLite file (which may not exist yet); null with SQL Server.</summary>
    public string? SqliteFile()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ServerStatusDbContext>();
        return db.Database.IsSqlite() ? Path.GetFullPath(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource) : null;
    }

    /// <summary>Applied and pending migrations; creates and applies nothing (a missing SQLite file reads as none applied).</summary>
    public async Task<MigrationStatus> ReadMigrationsAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServerStatusDbContext>();
        var known = db.Database.GetMigrations().ToList();
        var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).ToList();
        return new MigrationStatus(applied, [.. known.Except(applied)], [.. applied.Except(known)]);
    }
}
