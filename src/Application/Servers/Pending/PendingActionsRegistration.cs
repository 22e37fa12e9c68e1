using Microsoft.Extensions.DependencyInjection;

namespace ServerStatus.Application.Servers.Pending;

public static class PendingActionsRegistration
{
    /// <summary>The signals that let a countdown's reply be edited when it ends.</summary>
    public static IServiceCollection AddPendingActions(this IServiceCollection services)
    {
        services.AddSingleton<PendingActionSignals>();
        return services;
    }
}
