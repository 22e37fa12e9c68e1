using System.Runtime.CompilerServices;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.InMemory;
using Hangfire.SqlServer;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Infrastructure.Persistence;

namespace ServerStatus.Infrastructure.Scheduling;

/// <summary>Hangfire's storage and server, the scheduler port, and the table of recurring jobs with its registration and runner.</summary>
public static class SchedulingSetup
{
    /// <summary>SQL Server storage when <c>Database:Provider</c> is SQL Server; in-memory storage otherwise.</summary>
    public static JobStorageKind StorageFor(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = configuration[$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}"];
        return string.Equals(provider, "SqlServer", StringComparison.OrdinalIgnoreCase) ? JobStorageKind.SqlServer : JobStorageKind.InMemory;
    }

    /// <summary>Hangfire's tables in their own schema of the bot's database, created on first start.</summary>
    public static SqlServerStorageOptions SqlServerStorageOptions() => new()
    {
        SchemaName = "HangFire",
        PrepareSchemaIfNecessary = true,
        QueuePollInterval = TimeSpan.Zero,
        CommandBatchMaxTimeout = TimeSpan.FromMinutes(5),
        SlidingInvisibilityTimeout = TimeSpan.FromMinutes(5),
        UseRecommendedIsolationLevel = true,
        DisableGlobalLocks = true,
    };

    public static IServiceCollection AddScheduling(this IServiceCollection services)
    {
        // Hangfire's defaults read the storage and the job activator from static globals, which the last host built in
        // the process sets: each host registers its own instead, so jobs always run in the host that scheduled them.
        services.AddSingleton(CreateStorage);
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((sp, hangfire) => hangfire
            .UseLogProvider(new HostLogProvider(sp.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()

            // A failed job is reported (dashboard, log, notification channel) and runs again at its next
            // scheduled time; automatic retries would repeat a failed backup and its notification ten times.
            .UseFilter(new AutomaticRetryAttribute { Attempts = 0 }));
        services.AddHangfireServer(server =>
        {
            server.WorkerCount = 2;
            server.ServerName = "serverstatus";
            server.SchedulePollingInterval = TimeSpan.FromSeconds(5);
        });
        services.AddSingleton<IJobScheduler, HangfireJobScheduler>();

        services.AddOptions<JobsOptions>().Configure<IConfiguration>(JobsOptions.Bind).ValidateOnStart();
        services.AddSingleton<IValidateOptions<JobsOptions>, JobsOptions.Validation>();
        services.AddSingleton<IStoredJobSource, StoredBackupSchedules>();
        services.AddSingleton<RecurringJobTable>();
        services.AddScoped<IRecurringJobRunner, RecurringJobRunner>();
        services.AddSingleton<RecurringJobRegistration>();
        services.AddHostedService(sp => sp.GetRequiredService<RecurringJobRegistration>());
        services.AddHostedService<ScheduledRunResumption>();
        return services;
    }

    private static JobStorage CreateStorage(IServiceProvider sp)
    {
        if (StorageFor(sp.GetRequiredService<IConfiguration>()) != JobStorageKind.SqlServer)
        {
            return new InMemoryStorage(new InMemoryStorageOptions { MaxExpirationTime = TimeSpan.FromHours(6) });
        }

        // Jobs survive restarts (one bot instance per database: ADR-008); the start-up checks have already
        // verified the connection string and the server.
        var connectionString = PersistenceRegistration.ConfiguredConnectionString(sp)
            ?? throw new InvalidOperationException($"ConnectionStrings:{PersistenceRegistration.ConnectionStringName} is required with Database:Provider=SqlServer.");
        return SqlServerStorage(connectionString);
    }

    // Apart, so that a bot on SQLite never loads Hangfire.SqlServer and SqlClient (compiling a method loads what it names).
    [MethodImpl(MethodImplOptions.NoInlining)]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1859:Use concrete types when possible", Justification = "The caller must not name a Hangfire.SqlServer type.")]
    private static JobStorage SqlServerStorage(string connectionString) =>
        new SqlServerStorage(() => new SqlConnection(connectionString), SqlServerStorageOptions());
}
