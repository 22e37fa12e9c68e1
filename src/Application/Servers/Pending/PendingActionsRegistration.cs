using Microsoft.Extensions.DependencyInjection;

namespace ServerStatus.Application.Servers.Pending;

public static class PendingActionsRegistration
{
    /// <summary>The in-game countdown announcer and the signals that let a countdown's reply be edited when it ends.</summary>
    public static IServiceCollection AddPendingActions(this IServiceCollection services)
    {
        services.AddScoped<CountdownAnnouncer>();
        services.AddSingleton<PendingActionSignals>();
        return services;
    }
}
