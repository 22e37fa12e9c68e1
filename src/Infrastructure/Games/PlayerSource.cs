using System.Text.RegularExpressions;

namespace ServerStatus.Infrastructure.Games;

/// <summary>Where a server's players are read from, as its labels say.</summary>
public abstract record PlayerSource;

public enum GameProtocol
{
    /// <summary>Minecraft's Server List Ping over TCP.</summary>
    Minecraft,

    /// <summary>Steam's A2S_INFO and A2S_PLAYER over UDP.</summary>
    A2s,
}

/// <summary>
/// A query protocol. <paramref name="Host"/> set: the query goes to that host and <paramref name="Port"/> (or the protocol's
/// default port) as they are. Else the port is the container's, reached on its address (local engine) or as published on
/// the engine's host (remote engine).
/// </summary>
public sealed record QuerySource(GameProtocol Protocol, string? Host, int? Port) : PlayerSource
{
    public int DefaultPort => Protocol == GameProtocol.Minecraft ? MinecraftProtocol.DefaultPort : A2sProtocol.DefaultPort;

    /// <summary>The port as Docker names it in a container's port map.</summary>
    public string PortKey(int port) => $"{port}/{(Protocol == GameProtocol.Minecraft ? "tcp" : "udp")}";
}

/// <summary>A console command whose answer, in the lines printed after it, matches <paramref name="Pattern"/> (named group <c>count</c>, optional <c>max</c> and <c>names</c>).</summary>
public sealed record ConsoleSource(string Command, Regex Pattern) : PlayerSource;
