using Microsoft.Extensions.DependencyInjection;
using ServerStatus.Application.Servers.Pending;
using ServerStatus.Infrastructure.Docker;
using ServerStatus.Infrastructure.Instances;
using ServerStatus.Infrastructure.Persistence;

namespace ServerStatus.Infrastructure.Scheduling;

public static class PendingActionsSetup
{
    /// <summary>Announced and player-aware power actions: their store, their Hangfire timer and job, their resumption at start-up, and the announce label.</summary>
    public static IServiceCollection AddPendingActionAdapters(this IServiceCollection services)
    {
        services.AddScoped<IPendingActionStore, EfPendingActionStore>();
        services.AddSingleton<IPendingActionTimer, HangfirePendingActionTimer>();
        services.AddScoped<IPendingActionJob, PendingActionJob>();
        services.AddWhenActive(s => s.AddHostedService<PendingActionResumption>());
        return services;
    }
}
