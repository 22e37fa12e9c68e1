using DiscordApi;
using DiscordApi.Gateway;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ServerStatus.UnitTests.DiscordApi.Gateway;

public sealed class GatewayServiceCollectionExtensionsTests
{
    [Fact]
    public async Task ResolvesOneClientAsGatewayAndHostedService_WhenRegistered()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddOptions<DiscordApiOptions>().Configure(o => o.Token = "t");

        services.AddDiscordGateway();
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<DiscordGatewayClient>();
        provider.GetRequiredService<IDiscordGateway>().ShouldBeSameAs(client);
        provider.GetServices<IHostedService>().ShouldContain(client);
        client.State.ShouldBe(GatewayState.NotStarted);
    }
}
