using ServerStatus.Application.Servers;

namespace ServerStatus.Application.Bot.GetBotUptime;

public sealed record BotUptimeView(
    DateTimeOffset StartedAt,
    TimeSpan Uptime,
    string Version,
    IReadOnlyList<EngineVersion> Engines,
    TimeSpan? GatewayLatency);
