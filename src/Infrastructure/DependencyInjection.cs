using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Infrastructure.Backups;
using ServerStatus.Infrastructure.Docker;
using ServerStatus.Infrastructure.Permissions;
using ServerStatus.Infrastructure.Persistence;

namespace ServerStatus.Infrastructure;

public static class DependencyInjection
{
    public const string ConnectionStringName = "ServerStatus";

    public static IServiceCollection AddInfrastructure(this IServiceCollection services)
    {
        services.AddOptions<DockerOptions>().BindConfiguration(DockerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DockerEngines>();
        services.AddSingleton<ContainerStatsMonitor>();
        services.AddSingleton<EngineHealthCheck>();
        services.AddSingleton<IContainerEngine, DockerContainerEngine>();
        services.AddSingleton<IContainerArchive, DockerContainerArchive>();
        services.AddSingleton<IBackupStore, FileSystemBackupStore>();

        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddDbContext<SqliteServerStatusDbContext>((sp, db) => db.UseSqlite(SqliteConnectionString(sp)));
        services.AddScoped<ServerStatusDbContext>(sp => sp.GetRequiredService<SqliteServerStatusDbContext>());
        services.AddScoped<IGrantStore, EfGrantStore>();
        services.AddScoped<IAdminStore, EfAdminStore>();
        services.AddScoped<ILegacyImportStore, EfLegacyImportStore>();
        services.AddSingleton<ILegacyPermissionsSource, LegacyPermissionsFileReader>();
        services.AddScoped<IAuditLog, EfAuditLog>();
        services.AddScoped<IBackupRepository, EfBackupRepository>();
        services.AddSingleton<DatabaseInitializer>();
        return services;
    }

    private static string SqliteConnectionString(IServiceProvider services)
    {
        var configured = services.GetRequiredService<IConfiguration>().GetConnectionString(ConnectionStringName);
        return string.IsNullOrWhiteSpace(configured)
            ? $"Data Source={services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Path}"
            : configured;
    }
}
