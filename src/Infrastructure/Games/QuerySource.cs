namespace ServerStatus.Infrastructure.Games;

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
