using DiscordApi;
using DiscordApi.Rest;
using Microsoft.Extensions.DependencyInjection;

namespace ServerStatus.UnitTests.DiscordApi.Rest;

public sealed class DiscordRestServiceCollectionExtensionsTests
{
    [Fact]
    public void ResolvesOneSharedClient_WhenRegistered()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddOptions<DiscordApiOptions>().Configure(o => o.Token = "t");
        services.AddDiscordRest();
        using var provider = services.BuildServiceProvider();

        var first = provider.GetRequiredService<IDiscordRest>();
        var second = provider.GetRequiredService<IDiscordRest>();

        first.ShouldBeOfType<DiscordRestClient>();
        second.ShouldBeSameAs(first);
        provider.GetRequiredService<DiscordRestClient>().ShouldBeSameAs(first);
    }
}
