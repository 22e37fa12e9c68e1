using Hangfire;
using Hangfire.InMemory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Infrastructure.Persistence;

namespace ServerStatus.Infrastructure.Scheduling;

/// <summary>Hangfire's storage, server and the scheduler port.</summary>
public static class SchedulingSetup
{
    /// <summary>SQL Server storage when <c>Database:Provider</c> is SQL Server; in-memory storage otherwise.</summary>
    public static JobStorageKind StorageFor(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = configuration[$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}"];
        return string.Equals(provider, "SqlServer", StringComparison.OrdinalIgnoreCase) ? JobStorageKind.SqlServer : JobStorageKind.InMemory;
    }

    public static IServiceCollection AddScheduling(this IServiceCollection services)
    {
        services.AddHangfire((sp, hangfire) =>
        {
            hangfire.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            switch (StorageFor(sp.GetRequiredService<IConfiguration>()))
            {
                case JobStorageKind.SqlServer:
                    // The SQL Server provider (and Hangfire.SqlServer with it) arrives in its own issue.
                    throw new InvalidOperationException("Database:Provider=SqlServer is not supported yet: Hangfire's SQL Server storage arrives with SQL Server support; use Sqlite.");
                default:
                    hangfire.UseInMemoryStorage(new InMemoryStorageOptions { MaxExpirationTime = TimeSpan.FromHours(6) });
                    break;
            }
        });
        services.AddHangfireServer(server =>
        {
            server.WorkerCount = 2;
            server.ServerName = "serverstatus";
            server.SchedulePollingInterval = TimeSpan.FromSeconds(5);
        });
        services.AddSingleton<IJobScheduler, HangfireJobScheduler>();
        return services;
    }
}
