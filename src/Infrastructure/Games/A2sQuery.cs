using System.Net.Sockets;
using ServerStatus.Application.Games;

namespace ServerStatus.Infrastructure.Games;

/// <summary>Asks a Steam game server for its players over UDP: <c>A2S_INFO</c> for the count, then <c>A2S_PLAYER</c> for the names.</summary>
public static class A2sQuery
{
    private const int MaxDatagram = 65_535;

    // A server that keeps sending challenges is not answering.
    private const int MaxChallenges = 3;

    /// <summary>
    /// The count and maximum from <c>A2S_INFO</c>; the names from <c>A2S_PLAYER</c> when it answers in time (some servers
    /// turn it off: then the count comes without names).
    /// </summary>
    public static async Task<PlayerCount> QueryAsync(string host, int port, CancellationToken ct)
    {
        using var socket = new Socket(SocketType.Dgram, ProtocolType.Udp);
        await socket.ConnectAsync(host, port, ct);
        var info = await AskAsync(socket, c => A2sProtocol.InfoRequest(c), [], ct);
        var (players, max) = A2sProtocol.ParseInfo(info);
        if (players == 0)
        {
            return new PlayerCount(0, max, []);
        }

        var names = await AskAsync(socket, c => A2sProtocol.PlayerRequest(c), [], ct);
        return new PlayerCount(players, max, A2sProtocol.ParsePlayers(names));
    }

    /// <summary>Sends the request, answers challenges, and returns the (reassembled) answer without its prefix.</summary>
    private static async Task<byte[]> AskAsync(Socket socket, Func<byte[], byte[]> request, byte[] challenge, CancellationToken ct)
    {
        for (var attempt = 0; attempt <= MaxChallenges; attempt++)
        {
            await socket.SendAsync(request(challenge), SocketFlags.None, ct);
            var answer = await ReceiveAsync(socket, ct);
            if (A2sProtocol.Challenge(answer) is not { } next)
            {
                return answer;
            }

            challenge = next;
        }

        throw new GameQueryException("The server answered every request with another challenge.");
    }

    private static async Task<byte[]> ReceiveAsync(Socket socket, CancellationToken ct)
    {
        var buffer = new byte[MaxDatagram];
        var split = new A2sSplitAssembler();
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer, SocketFlags.None, ct);
            var datagram = buffer.AsSpan(0, received);
            switch (A2sProtocol.PacketKind(datagram))
            {
                case A2sProtocol.SinglePacket:
                    return datagram[4..].ToArray();
                case A2sProtocol.SplitPacket:
                    if (split.Add(datagram) is { } whole)
                    {
                        return whole;
                    }

                    break;
                default:
                    throw new GameQueryException("The answer does not start with an A2S packet header.");
            }
        }
    }
}
