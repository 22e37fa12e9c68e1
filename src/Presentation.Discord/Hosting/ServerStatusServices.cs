using Mediator;
using ServerStatus.Application;
using ServerStatus.Application.Common.Behaviors;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Servers.GetServerStatus;
using ServerStatus.Infrastructure;
using ServerStatus.Presentation.Discord.Bot;
using ServerStatus.Presentation.Discord.Commands;
using ServerStatus.Presentation.Discord.DiscordApi;
using ServerStatus.Presentation.Discord.DiscordApi.Gateway;
using ServerStatus.Presentation.Discord.DiscordApi.Rest;

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
            ];
        });

        services.AddOptions<DiscordApiOptions>().BindConfiguration(DiscordApiOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddDiscordRest();
        services.AddDiscordGateway();
        services.AddSingleton(CommandCatalog.Default);
        services.AddSingleton<PrefixCommandParser>();
        services.AddSingleton<ConfirmationRegistry>();
        services.AddSingleton<SensitiveMessageJanitor>();
        services.AddSingleton<CommandExecutor>();
        services.AddSingleton<MessageCommandHandler>();
        services.AddSingleton<InteractionHandler>();
        services.AddHostedService<DiscordBotService>();
        services.AddSingleton<BotRuntime>();
        services.AddSingleton<IBotRuntime>(sp => sp.GetRequiredService<BotRuntime>());
        services.AddSingleton<StartupChecks>();
        services.AddSingleton<ActorScopedSender>();
        services.AddSingleton<LegacyPermissionsStartup>();
        return services;
    }
}
