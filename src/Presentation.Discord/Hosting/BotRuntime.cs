using System.Reflection;
using DiscordApi.Gateway;
using ServerStatus.Application.Bot;

namespace ServerStatus.Presentation.Discord.Hosting;

/// <summary>Start time and version of this process, and the gateway latency while connected.</summary>
public sealed class BotRuntime(TimeProvider time, IDiscordGateway gateway) : IBotRuntime
{
    public DateTimeOffset StartedAt { get; } = time.GetUtcNow();

    public string Version { get; } =
        typeof(BotRuntime).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(BotRuntime).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    public TimeSpan? GatewayLatency => gateway.State == GatewayState.Connected ? gateway.Latency : null;
}
