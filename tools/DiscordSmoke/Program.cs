using DiscordApi;
using DiscordApi.Events;
using DiscordApi.Gateway;
using DiscordApi.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Live check of our Discord client against real Discord (not part of the test suite):
// REST current user, gateway identify, the guilds that become available, then a clean close.
var token = Environment.GetEnvironmentVariable("Discord__Token");
if (string.IsNullOrWhiteSpace(token))
{
    Console.Error.WriteLine("Set Discord__Token to the bot token (scripts/discord-smoke.sh does).");
    return 2;
}

var services = new ServiceCollection()
    .AddLogging(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning))
    .AddSingleton(TimeProvider.System);
services.AddOptions<DiscordApiOptions>().Configure(options => options.Token = token);
services.AddDiscordRest();
services.AddDiscordGateway();
await using var provider = services.BuildServiceProvider();

var rest = provider.GetRequiredService<IDiscordRest>();
var gateway = provider.GetRequiredService<IDiscordGateway>();
using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
try
{
    var me = await rest.GetCurrentUserAsync(deadline.Token);
    Console.WriteLine($"Bot user: {me.Username} ({me.Id})");
    await gateway.StartAsync(deadline.Token);
    var readyAt = (DateTime?)null;
    while (readyAt is null || DateTime.UtcNow - readyAt < TimeSpan.FromSeconds(5))
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token);
        wait.CancelAfter(TimeSpan.FromSeconds(5));
        GatewayEvent next;
        try
        {
            next = await gateway.Events.ReadAsync(wait.Token);
        }
        catch (OperationCanceledException) when (!deadline.IsCancellationRequested)
        {
            break; // five quiet seconds after READY: every guild has been announced
        }

        switch (next)
        {
            case Ready ready:
                readyAt = DateTime.UtcNow;
                Console.WriteLine($"Gateway ready: session for application {ready.ApplicationId}");
                break;
            case GuildAvailable guild:
                Console.WriteLine($"Guild: {guild.Name} ({guild.GuildId})");
                break;
            case GuildUnavailable guild:
                Console.WriteLine($"Guild unavailable (outage): {guild.GuildId}");
                break;
        }
    }

    Console.WriteLine($"Latency: {gateway.Latency?.TotalMilliseconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture) ?? "not measured yet"} ms");
    await gateway.StopAsync(CancellationToken.None);
    return 0;
}
catch (Exception ex) when (ex is GatewayFatalException or DiscordApiException or OperationCanceledException or HttpRequestException)
{
    Console.Error.WriteLine($"Smoke test failed: {ex.Message}");
    return 1;
}
