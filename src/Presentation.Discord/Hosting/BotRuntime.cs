using System.Reflection;
using ServerStatus.Application.Common.Ports;

namespace ServerStatus.Presentation.Discord.Hosting;

/// <summary>Start time and version of this process; the gateway reports its latency here once connected.</summary>
public sealed class BotRuntime(TimeProvider time) : IBotRuntime
{
    public DateTimeOffset StartedAt { get; } = time.GetUtcNow();

    public string Version { get; } =
        typeof(BotRuntime).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(BotRuntime).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    public TimeSpan? GatewayLatency { get; set; }
}
