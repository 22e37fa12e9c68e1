using Microsoft.AspNetCore.DataProtection;

namespace ServerStatus.Presentation.Discord.Dashboard;

/// <summary>What the dashboard needs besides its options: the gate with its lock-out, and the cross-site request checks.</summary>
public static class DashboardServices
{
    public static IServiceCollection AddServerStatusDashboard(this IServiceCollection services)
    {
        services.AddSingleton<DashboardLockout>();
        services.AddSingleton<DashboardGate>();
        services.AddSingleton<DashboardOriginCheck>();

        // Once IAntiforgery is registered, Hangfire's dashboard gives its pages a token for their scripts and answers
        // 403 to any state-changing request without a valid one.
        services.AddAntiforgery(options => options.Cookie.Path = DashboardEndpoints.Path);

        // A token only has to outlive the dashboard page it came with, so keys in memory do: no key files to keep or protect.
        services.AddDataProtection().UseEphemeralDataProtectionProvider();

        // The ephemeral provider never reads the XML key ring that Data Protection's hosted service loads at start-up
        // (and System.Private.Xml with it): without that service the key ring is only built if something asks for it.
        foreach (var keyRingWarmUp in services.Where(d => d.ServiceType == typeof(IHostedService)
            && d.ImplementationType?.FullName == "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService").ToList())
        {
            services.Remove(keyRingWarmUp);
        }

        return services;
    }
}
