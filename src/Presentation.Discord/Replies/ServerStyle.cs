using ServerStatus.Domain.Servers;

namespace ServerStatus.Presentation.Discord.Replies;

/// <summary>The emoji and colour of a server's state (health wins over "running").</summary>
public static class ServerStyle
{
    public static string Emoji(ServerState state, HealthStatus health, int? exitCode = null) => (state, health) switch
    {
        (ServerState.Running, HealthStatus.Unhealthy) => "🟠",
        (ServerState.Running, HealthStatus.Starting) => "🟡",
        (ServerState.Running, _) => "🟢",
        (ServerState.Restarting, _) => "🔄",
        (ServerState.Paused, _) => "⏸️",
        (ServerState.Dead, _) => "💀",
        (ServerState.Exited, _) when exitCode is 0 => "⚫",
        (ServerState.Exited, _) => "🔴",
        (ServerState.Created, _) => "⚪",
        _ => "❔",
    };

    public static int Color(ServerState state, HealthStatus health, int? exitCode = null) => (state, health) switch
    {
        (ServerState.Running, HealthStatus.Unhealthy) => ReplyColors.Warning,
        (ServerState.Running, HealthStatus.Starting) => ReplyColors.Pending,
        (ServerState.Running, _) => ReplyColors.Good,
        (ServerState.Restarting or ServerState.Paused, _) => ReplyColors.Pending,
        (ServerState.Exited, _) when exitCode is 0 => ReplyColors.Neutral,
        (ServerState.Exited or ServerState.Dead, _) => ReplyColors.Bad,
        _ => ReplyColors.Neutral,
    };

    public static string Describe(ServerState state, HealthStatus health) =>
        health is HealthStatus.None ? state.ToString().ToLowerInvariant() : $"{state.ToString().ToLowerInvariant()} ({health.ToString().ToLowerInvariant()})";
}
