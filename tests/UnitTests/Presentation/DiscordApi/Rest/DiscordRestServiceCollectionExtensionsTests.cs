using Microsoft.Extensions.DependencyInjection;
using ServerStatus.Presentation.Discord.DiscordApi;
using ServerStatus.Presentation.Discord.DiscordApi.Rest;

namespace ServerStatus.UnitTests.Presentation.DiscordApi.Rest;

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
