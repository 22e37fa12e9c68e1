using DiscordApi.Gateway;
using Microsoft.Extensions.DependencyInjection;

namespace ServerStatus.IntegrationTests.Support;

/// <summary>
/// The whole bot connected to its own fake Discord, with its own containers (see <see cref="HostFixture"/>). A reset
/// also forgets what tests arranged on the fake Discord (scripted answers, closed DMs, members, route limits) and waits
/// until the gateway is connected; the fake's messages and recorded requests stay, so tests look only at their own
/// (their message ids, users, channels, or what came after they began).
/// </summary>
public class BotFixture : HostFixture
{
    private BotUnderTest? _bot;

    public BotUnderTest Bot => _bot ?? throw new InvalidOperationException("The bot has not started.");

    public FakeDiscordServer Discord => Bot.Discord;

    public override IServiceProvider Services => Bot.App.Services;

    public override CapturedLogs Logs => Bot.Logs;

    /// <summary>
    /// A further bot on the same containers with this fixture's settings, changed by <paramref name="change"/>, for a
    /// test that needs a host of its own (another setting, a restart, a fault the shared host must not see). Dispose it.
    /// </summary>
    public Task<BotUnderTest> StartAnotherAsync(Action<Dictionary<string, string?>>? change = null) =>
        BotUnderTest.StartAsync(Sandbox, settings =>
        {
            Configure(settings);
            change?.Invoke(settings);
        }, ConfigureServices);

    protected override async Task StartHostAsync() => _bot = await BotUnderTest.StartAsync(Sandbox, Configure, ConfigureServices);

    /// <summary>Services that replace the bot's own before they are registered (e.g. shorter REST retry timings), for this host and every other one.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    protected override async Task StopHostAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }

    protected override async Task ResetAsync()
    {
        Discord.Rest.ClearArrangements();
        var gateway = Bot.App.Services.GetRequiredService<IDiscordGateway>();
        await Eventually.HoldsAsync(() => gateway.State == GatewayState.Connected, "the gateway is connected again");
        await base.ResetAsync();
    }
}
