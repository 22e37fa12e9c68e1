using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ServerStatus.Infrastructure.Instances;

public static class ActiveInstanceRegistration
{
    /// <summary>The lease that makes one instance of a database the active one (<see cref="ActiveInstanceLease"/>).</summary>
    public static IServiceCollection AddActiveInstanceLease(this IServiceCollection services)
    {
        services.AddOptions<InstanceOptions>().BindConfiguration(InstanceOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<LeaseTable>();
        services.AddSingleton<ActiveStartGate>();
        services.AddSingleton(_ => InstanceIdentity.OfThisProcess());
        services.AddSingleton<ActiveInstanceLease>();
        services.AddHostedService(sp => sp.GetRequiredService<ActiveInstanceLease>());
        return services;
    }

    /// <summary>
    /// What <paramref name="register"/> adds, with each hosted service among it started only once this instance is the
    /// active one: a standby connects to nothing and runs no job. Those that connect the bot to Discord are registered
    /// <paramref name="first"/>: the others wait for the bot to be ready (<see cref="ActiveStartGate"/>).
    /// </summary>
    public static IServiceCollection AddWhenActive(this IServiceCollection services, Action<IServiceCollection> register, bool first = false)
    {
        ArgumentNullException.ThrowIfNull(register);
        var before = services.Where(IsHostedService).ToHashSet();
        register(services);
        foreach (var added in services.Where(d => IsHostedService(d) && !before.Contains(d)).ToList())
        {
            services.Remove(added);
            services.AddSingleton<IHostedService>(sp => new WhenActiveHostedService(
                Create(sp, added), sp.GetRequiredService<ActiveInstanceLease>(), sp.GetRequiredService<IHostApplicationLifetime>(),
                first ? null : sp.GetRequiredService<ActiveStartGate>(), sp.GetRequiredService<TimeProvider>()));
        }

        return services;
    }

    private static bool IsHostedService(ServiceDescriptor descriptor) => descriptor.ServiceType == typeof(IHostedService) && !descriptor.IsKeyedService;

    private static IHostedService Create(IServiceProvider sp, ServiceDescriptor descriptor) => (IHostedService)(
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(sp)
        ?? ActivatorUtilities.CreateInstance(sp, descriptor.ImplementationType!));
}
