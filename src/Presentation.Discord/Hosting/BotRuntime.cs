using System.Reflection;
using DiscordApi.Gateway;
using ServerStatus.Application.Bot;

namespace ServerStatus.Presentation.Discord.Hosting;

/// <summary>
/// Start time and version of this process, and the gateway latency while connected. The start is taken when the host
/// starts (this is a hosted service), not when something first asks: <c>uptime</c> counts from the start.
/// </summary>
public sealed class BotRuntime(TimeProvider time, IDiscordGateway gateway) : IBotRuntime, IHostedService
{
    private long _startedAtTicks = time.GetUtcNow().UtcTicks;

    public DateTimeOffset StartedAt => new(Interlocked.Read(ref _startedAtTicks), TimeSpan.Zero);

    public string Version { get; } =
        typeof(BotRuntime).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(BotRuntime).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    public TimeSpan? GatewayLatency => gateway.State == GatewayState.Connected ? gateway.Latency : null;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _startedAtTicks, time.GetUtcNow().UtcTicks);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
