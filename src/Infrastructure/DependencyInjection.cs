using Microsoft.Extensions.DependencyInjection;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Backups.RestoreBackup;
using ServerStatus.Application.Bot.Outbox;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Graphs;
using ServerStatus.Application.Logging;
using ServerStatus.Application.Metrics;
using ServerStatus.Application.Permissions.ImportLegacyPermissions;
using ServerStatus.Application.Watch;
using ServerStatus.Infrastructure.Backups;
using ServerStatus.Infrastructure.Charts;
using ServerStatus.Infrastructure.Docker;
using ServerStatus.Infrastructure.Instances;
using ServerStatus.Infrastructure.Logging;
using ServerStatus.Infrastructure.Metrics;
using ServerStatus.Infrastructure.Permissions;
using ServerStatus.Infrastructure.Persistence;
using ServerStatus.Infrastructure.Scheduling;

namespace ServerStatus.Infrastructure;

public static class DependencyInjection
{
    /// <summary>The adapters of the ports: Docker engines, the backup store, persistence, log files and Hangfire with its job table.</summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services)
    {
        services.AddOptions<DockerOptions>().BindConfiguration(DockerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DockerEngines>();
        services.AddSingleton<ContainerStatsMonitor>();
        services.AddSingleton<EngineHealthCheck>();
        services.AddSingleton<EngineInventoryCache>();
        services.AddSingleton<IContainerEngine, DockerContainerEngine>();
        services.AddSingleton<Application.Updates.IImageRegistry, DockerImageRegistry>();
        services.AddSingleton<Application.Updates.UpdateServer.IServerRecreator, DockerServerRecreator>();
        services.AddSingleton<IContainerEvents, DockerContainerEvents>();
        services.AddSingleton<IContainerArchive, DockerContainerArchive>();
        services.AddSingleton<IBackupStore, FileSystemBackupStore>();
        services.AddSingleton<Games.GamePlayerCounts>();
        services.AddSingleton<Application.Games.IPlayerCounts>(sp => sp.GetRequiredService<Games.GamePlayerCounts>());
        services.AddSingleton<Application.Games.IRecentPlayerCounts>(sp => sp.GetRequiredService<Games.GamePlayerCounts>());

        services.AddPersistence();
        services.AddScoped<IGrantStore, EfGrantStore>();
        services.AddScoped<IAdminStore, EfAdminStore>();
        services.AddScoped<ILegacyImportStore, EfLegacyImportStore>();
        services.AddSingleton<ILegacyPermissionsSource, LegacyPermissionsFileReader>();
        services.AddScoped<IAuditLog, EfAuditLog>();
        services.AddSingleton<DatabaseHealthCheck>();
        services.AddSingleton<ILogDirectory, LogFileDirectory>();
        // Made on the first graph: ScottPlot and SkiaSharp load then, not at start-up.
        services.AddSingleton<IChartRenderer>(_ => new ScottPlotChartRenderer());
        services.AddActiveInstanceLease();
        services.AddWhenActive(s => s.AddScheduling());
        services.AddScoped<IBackupRepository, EfBackupRepository>();
        services.AddScoped<IBackupScheduleRepository, EfBackupScheduleRepository>();
        services.AddScoped<Application.Schedules.IPowerScheduleRepository, EfPowerScheduleRepository>();
        services.AddScoped<IRestoreJournal, EfRestoreJournal>();
        services.AddScoped<IIncidentStore, EfIncidentStore>();
        services.AddWhenActive(s => s.AddHostedService<InterruptedRestoreRecovery>());
        services.AddScoped<IReplyOutbox, EfReplyOutbox>();
        services.AddScoped<IAlertRouteRepository, EfAlertRouteRepository>();
        services.AddScoped<IAlertMuteRepository, EfAlertMuteRepository>();
        services.AddScoped<IMaintenanceRepository, EfMaintenanceRepository>();
        services.AddScoped<IMetricsStore, EfMetricsStore>();
        services.AddSingleton<IResourceSampler, DockerResourceSampler>();
        services.AddWhenActive(s => s.AddHostedService<MetricsSamplingService>());
        services.AddScoped<Application.Board.IStatusBoardStore, EfStatusBoardStore>();
        services.AddScoped<Application.Updates.IPendingUpdateStore, EfPendingUpdateStore>();
        services.AddScoped<Application.Updates.UpdateServer.IUpdateJournalStore, EfUpdateJournalStore>();
        services.AddWhenActive(s => s.AddHostedService<Updates.InterruptedUpdateRecovery>());

        // No player source until the player-count adapter (queries, console pattern) is registered here in its place.
        services.AddPendingActionAdapters();
        return services;
    }
}
