using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiscordApi.Rest;

/// <summary>Registers the REST client as one process-wide instance (rate-limit state must be shared).</summary>
public static class DiscordRestServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IDiscordRest"/>; expects <see cref="DiscordApiOptions"/> to be configured by the host.</summary>
    public static IServiceCollection AddDiscordRest(this IServiceCollection services, DiscordRestSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(settings ?? new DiscordRestSettings());
        services.TryAddSingleton(_ => new DiscordRestHttpClient(new HttpClient(new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        })
        {
            Timeout = Timeout.InfiniteTimeSpan, // each attempt has its own timeout (DiscordRestSettings.RequestTimeout)
        }));
        services.TryAddSingleton<DiscordRestClient>(sp => new DiscordRestClient(
            sp.GetRequiredService<DiscordRestHttpClient>().Client,
            sp.GetRequiredService<IOptions<DiscordApiOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<DiscordRestClient>>(),
            sp.GetRequiredService<DiscordRestSettings>()));
        services.TryAddSingleton<IDiscordRest>(sp => sp.GetRequiredService<DiscordRestClient>());
        return services;
    }
}
