using DiscordApi;
using DiscordApi.Gateway;
using DiscordApi.Rest;
using Mediator;
using Microsoft.Extensions.Options;
using ServerStatus.Application;
using ServerStatus.Application.Bot;
using ServerStatus.Application.Common.Behaviors;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Servers.GetServerStatus;
using ServerStatus.Application.Watch;
using ServerStatus.Infrastructure;
using ServerStatus.Infrastructure.Instances;
using ServerStatus.Presentation.Discord.Bot;
using ServerStatus.Presentation.Discord.Bot.Outbox;
using ServerStatus.Presentation.Discord.Commands;
using ServerStatus.Presentation.Discord.Dashboard;
using ServerStatus.Presentation.Discord.Health;
using ServerStatus.Presentation.Discord.Notifications;
using ServerStatus.Presentation.Discord.Notifications.Incidents;

namespace ServerStatus.Presentation.Discord.Hosting;

/// <summary>The composition root: every layer's registrations. Tests call this too, never a copy of it.</summary>
public static class ServerStatusServices
{
    public static IServiceCollection AddServerStatus(this IServiceCollection services)
    {
        services.AddApplication();
        services.AddInfrastructure();
        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(GetServerStatus)];
            options.PipelineBehaviors =
            [
                typeof(AuditBehavior<,>),
                typeof(ValidationBehavior<,>),
                typeof(AuthorizationBehavior<,>),
                typeof(CooldownBehavior<,>),
            ];
        });

        services.AddOptions<DiscordApiOptions>().BindConfiguration(DiscordApiOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddDiscordRest();
        services.AddWhenActive(s => s.AddDiscordGateway(), first: true);
        services.AddSingleton(CommandCatalog.Default);
        services.AddSingleton<PrefixCommandParser>();
        services.AddSingleton<ConfirmationRegistry>();
        services.AddSingleton<ButtonPresses>();
        services.AddSingleton<IConfirmations>(sp => sp.GetRequiredService<ConfirmationRegistry>());
        services.AddSingleton<SensitiveMessageJanitor>();
        services.AddSingleton<ProgressDisplay>();
        services.AddWhenActive(s => s.AddReplyOutbox());
        services.AddSingleton<ReplyTargets>();
        services.AddSingleton<CommandExecutor>();
        services.AddSingleton<MessageCommandHandler>();
        services.AddSingleton<InteractionHandler>();
        services.AddWhenActive(s => s.AddHostedService<DiscordBotService>(), first: true);
        services.AddWhenActive(s => s.AddHostedService<CardPathWarmUp>());
        services.AddSingleton<BotRuntime>();
        services.AddSingleton<IBotRuntime>(sp => sp.GetRequiredService<BotRuntime>());
        services.AddHostedService(sp => sp.GetRequiredService<BotRuntime>());
        services.AddSingleton<StartupChecks>();
        services.AddSingleton<LegacyPermissionsStartup>();

        services.AddOptions<NotificationsOptions>().BindConfiguration(NotificationsOptions.Section);
        services.AddOptions<AlertsOptions>().PostConfigure<IOptions<NotificationsOptions>>((alerts, notifications) =>
            alerts.ChannelId ??= notifications.Value.ChannelId);
        services.AddSingleton<INotifier, DiscordChannelNotifier>();
        services.AddSingleton<DiscordIncidentPublisher>();
        services.AddSingleton<IIncidentPublisher>(sp => sp.GetRequiredService<DiscordIncidentPublisher>());
        services.AddSingleton<IncidentButtons>();
        services.AddSingleton<Application.Updates.IUpdateAnnouncer, Notifications.Updates.DiscordUpdateAnnouncer>();
        services.AddSingleton<Notifications.Updates.UpdateButtons>();
        services.AddSingleton<Board.BoardRefreshCooldown>();
        services.AddSingleton<Board.BoardControls>();
        services.AddSingleton<PendingActionButtons>();
        services.AddSingleton<Board.BoardPublisher>();
        services.AddWhenActive(s => s.AddHostedService<Board.StatusBoardService>());
        services.AddWhenActive(s => s.AddHostedService<IncidentWatchService>());
        return services;
    }

    /// <summary>What only the web host serves: health endpoints and the dashboard's gate.</summary>
    public static IServiceCollection AddServerStatusWeb(this IServiceCollection services)
    {
        services.AddSingleton<ReadinessProbe>();
        services.AddOptions<DashboardAccessOptions>().BindConfiguration(DashboardAccessOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddServerStatusDashboard();
        services.AddHostedService<StartupSummary>();
        return services;
    }
}
