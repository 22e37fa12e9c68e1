namespace ServerStatus.Infrastructure.Games;

public enum GameProtocol
{
    /// <summary>Minecraft's Server List Ping over TCP.</summary>
    Minecraft,

    /// <summary>Steam's A2S_INFO and A2S_PLAYER over UDP.</summary>
    A2s,
}
