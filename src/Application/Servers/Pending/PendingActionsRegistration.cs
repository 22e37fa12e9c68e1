using Microsoft.Extensions.DependencyInjection;
using ServerStatus.Application.Games;

namespace ServerStatus.Application.Servers.Pending;

public static class PendingActionsRegistration
{
    /// <summary>The <c>Games</c> settings, the in-game announcer and the signals that let a countdown's reply be edited when it ends.</summary>
    public static IServiceCollection AddPendingActions(this IServiceCollection services)
    {
        services.AddOptions<GamesOptions>().BindConfiguration(GamesOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<CountdownAnnouncer>();
        services.AddSingleton<PendingActionSignals>();
        return services;
    }
}
