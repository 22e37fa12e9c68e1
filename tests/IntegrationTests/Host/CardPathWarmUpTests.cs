using Microsoft.Extensions.DependencyInjection;
using ServerStatus.Application.Common.Ports;

namespace ServerStatus.IntegrationTests.Host;

/// <summary>The card path is read once at start, so the first card does not wait for it to compile: reading only, nothing posted or audited.</summary>
public sealed class CardPathWarmUpTests(DockerSandbox sandbox) : IClassFixture<DockerSandbox>
{
    [Fact]
    public async Task ReadsAServersCardAtStart_WithoutPostingOrAuditingAnything()
    {
        await sandbox.CreateServerAsync("warm");

        await using var bot = await BotUnderTest.StartAsync(sandbox, settings => settings["Logging:MinimumLevel"] = "Debug");

        await Eventually.HoldsAsync(() => bot.Logs.AllText.Contains("read warm's card", StringComparison.Ordinal), "the card path is warmed up", seen: () => bot.Logs.AllText);
        bot.Discord.Rest.Messages.ShouldBeEmpty();
        await using var scope = bot.App.Services.CreateAsyncScope();
        var audited = await scope.ServiceProvider.GetRequiredService<IAuditLog>().RecentAsync(null, 10, CancellationToken.None);
        audited.ShouldBeEmpty();
    }
}
