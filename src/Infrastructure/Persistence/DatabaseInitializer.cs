using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ServerStatus.Infrastructure.Persistence;

/// <summary>Applies pending migrations at start-up (creating the SQLite file's folder first).</summary>
public sealed class DatabaseInitializer(IServiceScopeFactory scopes, IServiceProvider services, IOptions<DatabaseOptions> options)
{
    /// <summary>Returns null when the database is ready, else one sentence saying what to fix.</summary>
    public Task<string?> InitializeAsync(CancellationToken ct) =>
        options.Value.IsSqlServer ? InitializeSqlServerAsync(ct) : InitializeSqliteAsync(ct);

    private async Task<string?> InitializeSqliteAsync(CancellationToken ct)
    {
        var path = options.Value.Path;
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            await MigrateAsync(ct);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SqliteException or NotSupportedException or ArgumentException)
        {
            return $"Cannot open the database at {path} ({ex.Message.TrimEnd('.')}): set Database:Path to a writable file location.";
        }
    }

    private async Task<string?> InitializeSqlServerAsync(CancellationToken ct)
    {
        if (PersistenceRegistration.ConnectionStringProblem(services.GetRequiredService<IConfiguration>()) is { } problem)
        {
            return problem;
        }

        var server = PersistenceRegistration.SqlServerDataSource(PersistenceRegistration.ConfiguredConnectionString(services));
        try
        {
            await MigrateAsync(ct);
            return null;
        }
        catch (Exception ex) when (ex is SqlException or InvalidOperationException or TimeoutException)
        {
            // SqlClient messages name the server and the cause, never the password.
            return $"Cannot reach SQL Server {server} ({FirstLine(ex)}): check ConnectionStrings:{PersistenceRegistration.ConnectionStringName} and that the server accepts connections.";
        }
    }

    private async Task MigrateAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<ServerStatusDbContext>().Database;

        // Migrate builds the whole model from OnModelCreating (to look for changes without a migration) even when it has
        // nothing to apply; the bot itself runs on the compiled model (Persistence/CompiledModels), so most starts skip it.
        if ((await database.GetPendingMigrationsAsync(ct)).Any())
        {
            await database.MigrateAsync(ct);
        }
    }

    private static string FirstLine(Exception exception)
    {
        var innermost = exception is SqlException ? exception : exception.InnerException ?? exception;
        var message = innermost.Message;
        var end = message.IndexOfAny(['\r', '\n']);
        return (end < 0 ? message : message[..end]).TrimEnd('.');
    }
}
