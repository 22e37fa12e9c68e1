using System.Net.Sockets;
using ServerStatus.Application.Games;

namespace ServerStatus.Infrastructure.Games;

/// <summary>Asks a Minecraft server for its players over TCP with the Server List Ping (<see cref="MinecraftProtocol"/>).</summary>
public static class MinecraftStatusQuery
{
    public static async Task<PlayerCount> QueryAsync(string host, int port, CancellationToken ct)
    {
        using var client = new TcpClient { NoDelay = true };
        await client.ConnectAsync(host, port, ct);
        var stream = client.GetStream();
        await stream.WriteAsync(MinecraftProtocol.StatusRequest(host, port), ct);
        var length = await MinecraftProtocol.ReadVarIntAsync(stream, ct);
        if (length <= 0 || length > MinecraftProtocol.MaxPacketLength)
        {
            throw new GameQueryException($"The status response claims a length of {length} bytes.");
        }

        var packet = new byte[length];
        await stream.ReadExactlyAsync(packet, ct);
        return MinecraftProtocol.ParseStatusResponse(packet);
    }
}
