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
        services.AddDbContext<SqliteServerStatusDbContext>((sp, db) => db.UseSqlite(SqliteConnectionString(sp)));
        services.AddDbContext<SqlServerServerStatusDbContext>((sp, db) => db.UseSqlServer(ConfiguredConnectionString(sp) ?? ""));
        services.AddScoped<ServerStatusDbContext>(sp => sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.IsSqlServer
            ? sp.GetRequiredService<SqlServerServerStatusDbContext>()
            : sp.GetRequiredService<SqliteServerStatusDbContext>());
        services.AddSingleton<DatabaseInitializer>();
        return services;
    }

    public static string? ConfiguredConnectionString(IServiceProvider services) =>
        services.GetRequiredService<IConfiguration>().GetConnectionString(ConnectionStringName) is { Length: > 0 } configured ? configured : null;

    private static string SqliteConnectionString(IServiceProvider services) =>
        ConfiguredConnectionString(services) ?? $"Data Source={services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Path}";
}
