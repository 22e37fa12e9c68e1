using System.Runtime.CompilerServices;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ServerStatus.Infrastructure.Persistence;

/// <summary>The database: SQLite by default, SQL Server when configured; one model, a context type (and migrations) per provider.</summary>
public static class PersistenceRegistration
{
    public const string ConnectionStringName = "ServerStatus";

    public static IServiceCollection AddPersistence(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddDbContext<SqliteServerStatusDbContext>((sp, db) => SqliteServerStatusDbContext.Configure(db, SqliteConnectionString(sp)));
        services.AddDbContext<SqlServerServerStatusDbContext>((sp, db) => SqlServerServerStatusDbContext.Configure(db, ConfiguredConnectionString(sp) ?? ""));
        services.AddScoped<ServerStatusDbContext>(sp => sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.IsSqlServer
            ? sp.GetRequiredService<SqlServerServerStatusDbContext>()
            : sp.GetRequiredService<SqliteServerStatusDbContext>());
        services.AddSingleton<DatabaseInitializer>();
        return services;
    }

    public static string? ConfiguredConnectionString(IServiceProvider services) =>
        services.GetRequiredService<IConfiguration>().GetConnectionString(ConnectionStringName) is { Length: > 0 } configured ? configured : null;

    /// <summary>
    /// One sentence when <c>ConnectionStrings:ServerStatus</c> is missing with SQL Server, or cannot be parsed for the
    /// configured provider; null otherwise. Parser messages name keywords, never values, so no password is quoted.
    /// </summary>
    public static string? ConnectionStringProblem(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var sqlServer = string.Equals(configuration[$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}"], "SqlServer", StringComparison.OrdinalIgnoreCase);
        var connectionString = configuration.GetConnectionString(ConnectionStringName) is { Length: > 0 } configured ? configured : null;
        if (connectionString is null)
        {
            return sqlServer
                ? $"Database:Provider is SqlServer but ConnectionStrings:{ConnectionStringName} is not set: set it to the SQL Server connection string."
                : null;
        }

        try
        {
            _ = sqlServer ? SqlServerDataSource(connectionString) : new SqliteConnectionStringBuilder(connectionString).DataSource;
            return null;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            return $"ConnectionStrings:{ConnectionStringName} is not a valid {(sqlServer ? "SQL Server" : "SQLite")} connection string ({ex.Message.TrimEnd('.')}).";
        }
    }

    // Apart, so that a bot on SQLite never loads SqlClient (compiling a method loads what it names).
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static string SqlServerDataSource(string? connectionString) => new SqlConnectionStringBuilder(connectionString).DataSource;

    private static string SqliteConnectionString(IServiceProvider services) =>
        ConfiguredConnectionString(services) ?? $"Data Source={services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Path}";
}
