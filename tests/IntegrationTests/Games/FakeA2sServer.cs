using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ServerStatus.IntegrationTests.Games;

/// <summary>
/// A Steam game server's query port on loopback, written from Valve's server-query description: A2S_INFO and A2S_PLAYER
/// are both answered with a challenge first (<c>0x41</c>) and only a request carrying that challenge gets the answer; a
/// player list longer than <see cref="SplitSize"/> bytes comes split (<c>0xFFFFFFFE</c>), its packets sent last first.
/// </summary>
public sealed class FakeA2sServer : IFakeGameServer
{
    private static readonly byte[] InfoQuery = Encoding.ASCII.GetBytes("Source Engine Query\0");

    private readonly UdpClient _udp = new(new IPEndPoint(IPAddress.Loopback, 0));
    private readonly CancellationTokenSource _stop = new();
    private readonly byte[] _challenge = BitConverter.GetBytes(Random.Shared.Next(1, int.MaxValue));
    private readonly Task _serving;

    public FakeA2sServer(FakeGameBehaviour behaviour = FakeGameBehaviour.Answers)
    {
        Behaviour = behaviour;
        _serving = ServeAsync();
    }

    public FakeGameBehaviour Behaviour { get; }

    public int Port => ((IPEndPoint)_udp.Client.LocalEndPoint!).Port;

    public IReadOnlyList<string> Players { get; set; } = [];

    public int Max { get; set; } = 32;

    /// <summary>Payload bytes per split packet.</summary>
    public int SplitSize { get; set; } = 1200;

    /// <summary>Requests that carried the right challenge, by header (<c>T</c> info, <c>U</c> players).</summary>
    public List<char> ChallengedRequests { get; } = [];

    /// <summary>How many answers went out split.</summary>
    public int SplitAnswers { get; private set; }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _udp.Dispose();
        await _serving.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            UdpReceiveResult request;
            try
            {
                request = await _udp.ReceiveAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (SocketException)
            {
                continue;
            }

            if (Behaviour == FakeGameBehaviour.Silent)
            {
                continue;
            }

            foreach (var datagram in Answer(request.Buffer))
            {
                await _udp.SendAsync(datagram, request.RemoteEndPoint, _stop.Token);
            }
        }
    }

    private List<byte[]> Answer(byte[] request)
    {
        if (request.Length < 5 || BinaryPrimitives.ReadInt32LittleEndian(request) != -1)
        {
            return [];
        }

        if (Behaviour == FakeGameBehaviour.Malformed)
        {
            return [[0xFF, 0xFF, 0xFF, 0xFF, 0x49, 0x11, (byte)'n', (byte)'o']];
        }

        var header = request[4];
        var given = header switch
        {
            0x54 when request.AsSpan(5).StartsWith(InfoQuery) => request.AsSpan(5 + InfoQuery.Length).ToArray(),
            0x55 => request.AsSpan(5).ToArray(),
            _ => null,
        };
        if (given is null)
        {
            return [];
        }

        if (!given.AsSpan().SequenceEqual(_challenge))
        {
            return [[0xFF, 0xFF, 0xFF, 0xFF, 0x41, .. _challenge]];
        }

        lock (ChallengedRequests)
        {
            ChallengedRequests.Add((char)header);
        }

        return header == 0x54 ? [Single(Info())] : Split(PlayerList());
    }

    private byte[] Info()
    {
        var info = new List<byte> { 0x49, 17 };
        foreach (var text in new[] { "Fake Steam server", "de_dust2", "csgo", "Counter-Strike" })
        {
            info.AddRange(Encoding.UTF8.GetBytes(text));
            info.Add(0);
        }

        info.AddRange([0xDA, 0x02]); // app id 730
        info.AddRange([(byte)Players.Count, (byte)Max, 0, (byte)'d', (byte)'l', 0, 1]);
        info.AddRange(Encoding.UTF8.GetBytes("1.38.7.9"));
        info.Add(0);
        return [.. info];
    }

    private byte[] PlayerList()
    {
        var list = new List<byte> { 0x44, (byte)Players.Count };
        for (var i = 0; i < Players.Count; i++)
        {
            list.Add((byte)i);
            list.AddRange(Encoding.UTF8.GetBytes(Players[i]));
            list.Add(0);
            list.AddRange(BitConverter.GetBytes(i * 3)); // score
            list.AddRange(BitConverter.GetBytes(60f * i)); // seconds connected
        }

        return [.. list];
    }

    private static byte[] Single(byte[] payload) => [0xFF, 0xFF, 0xFF, 0xFF, .. payload];

    private List<byte[]> Split(byte[] payload)
    {
        var whole = Single(payload);
        if (whole.Length <= SplitSize)
        {
            return [whole];
        }

        SplitAnswers++;
        var parts = whole.Chunk(SplitSize).ToList();
        var id = Random.Shared.Next(1, int.MaxValue);
        return [.. parts.Select((part, number) => (byte[])[
            0xFE, 0xFF, 0xFF, 0xFF, .. BitConverter.GetBytes(id), (byte)parts.Count, (byte)number, .. BitConverter.GetBytes((short)SplitSize), .. part])
            .Reverse()];
    }
}
