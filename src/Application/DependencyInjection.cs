using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ServerStatus.Application.Audit;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Common;
using ServerStatus.Application.Common.Cooldowns;
using ServerStatus.Application.Logging;
using ServerStatus.Application.Metrics;
using ServerStatus.Application.Permissions;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Watch;

namespace ServerStatus.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Validators, the scoped actor, the scoped progress relay, the services handlers share and the entry point that
    /// sends with an actor (<see cref="ActorScopedSender"/>). The mediator itself is registered by the host.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssemblyContaining<ServerResolver>(ServiceLifetime.Singleton, includeInternalTypes: true);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<PermissionsOptions>().BindConfiguration(PermissionsOptions.Section);
        services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<LogFileOptions>().BindConfiguration(LogFileOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<CurrentActor>();
        services.AddScoped<ICurrentActor>(sp => sp.GetRequiredService<CurrentActor>());
        services.AddScoped<JobProgressRelay>();
        services.AddScoped<IJobProgress>(sp => sp.GetRequiredService<JobProgressRelay>());
        services.AddSingleton<ActorScopedSender>();
        services.AddScoped<RightsResolver>();
        services.AddOptions<CooldownOptions>().BindConfiguration(CooldownOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CommandCooldowns>();
        services.AddScoped<CooldownGate>();
        services.AddScoped<ServerResolver>();
        services.AddScoped<SingleServerLookup>();
        services.AddScoped<Servers.GetServerStatus.ServerCards>();
        services.AddSingleton<Servers.GetServerStatus.DiscoveryHint>();
        services.AddOptions<ConsoleOptions>().BindConfiguration(ConsoleOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ScopeCheck>();
        services.AddOptions<BackupOptions>().BindConfiguration(BackupOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ServerJobLocks>();
        services.AddSingleton<PowerActionLocks>();
        services.AddScoped<BackupRunner>();
        services.AddScoped<BackupPruner>();
        services.AddScoped<Backups.RestoreBackup.ServerFilesReplacer>();
        services.AddWatch();
        services.AddScoped<WatchTargets>();
        services.AddScoped<MaintenanceLookup>();
        services.AddScoped<IAlertPolicy, AlertPolicy>();
        services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<MetricsSampler>();
        services.AddOptions<Board.BoardOptions>().BindConfiguration(Board.BoardOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Board.ServerChangeSignal>();
        services.AddOptions<Games.GamesOptions>().BindConfiguration(Games.GamesOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Games.PlayerLookup>();
        services.AddPowerSchedules();
        Servers.Pending.PendingActionsRegistration.AddPendingActions(services);
        return services;
    }

    private static void AddPowerSchedules(this IServiceCollection services)
    {
        services.AddOptions<Servers.Announcements.AnnouncementOptions>().BindConfiguration(Servers.Announcements.AnnouncementOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<Servers.Announcements.ConsoleAnnouncer>();
        services.AddScoped<Schedules.RunScheduledPowerAction.ScheduledStepRunner>();
    }

    private static void AddWatch(this IServiceCollection services)
    {
        services.AddOptions<Updates.UpdatesOptions>().BindConfiguration(Updates.UpdatesOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<Updates.UpdateChecker>();
        services.AddScoped<Updates.UpdateServer.UpdateRunner>();
        services.AddScoped<Updates.UpdateServer.IAutoUpdate, Updates.UpdateServer.AutoUpdater>();
        services.AddOptions<AlertsOptions>().BindConfiguration(AlertsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<OwnActions>();
        services.AddSingleton<ExitSignals>();
        services.AddSingleton<EngineWatch>();
        services.AddScoped<ServerPower>();
        services.AddScoped<IncidentFactsCollector>();
        services.AddScoped<IncidentRecorder>();
    }
}
