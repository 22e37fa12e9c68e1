using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiscordApi.Gateway;

/// <summary>Registration of the gateway client for the composition root.</summary>
public static class GatewayServiceCollectionExtensions
{
    public const string HttpClientName = "discord-gateway";

    /// <summary>Registers one <see cref="DiscordGatewayClient"/> as <see cref="IDiscordGateway"/> and as a hosted
    /// service (connects at start-up, closes with 1000 at shutdown). Expects <see cref="DiscordApiOptions"/> to be
    /// configured; uses a registered <see cref="TimeProvider"/> when there is one.</summary>
    public static IServiceCollection AddDiscordGateway(this IServiceCollection services)
    {
        services.AddHttpClient(HttpClientName);
        services.AddSingleton(sp => new DiscordGatewayClient(
            sp.GetRequiredService<IOptions<DiscordApiOptions>>(),
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            sp.GetRequiredService<ILogger<DiscordGatewayClient>>(),
            sp.GetService<TimeProvider>()));
        services.AddSingleton<IDiscordGateway>(sp => sp.GetRequiredService<DiscordGatewayClient>());
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<DiscordGatewayClient>());
        return services;
    }
}
