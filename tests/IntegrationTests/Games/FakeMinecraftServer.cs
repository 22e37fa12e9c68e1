using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace ServerStatus.IntegrationTests.Games;

/// <summary>
/// A Minecraft server's status interface on loopback, written from the Server List Ping description: it reads the
/// handshake (and remembers its next state) and the status request, and answers with the status JSON. It can also stay
/// silent after the handshake or answer with bytes that are no packet.
/// </summary>
public sealed class FakeMinecraftServer : IFakeGameServer
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    public FakeMinecraftServer(FakeGameBehaviour behaviour = FakeGameBehaviour.Answers)
    {
        Behaviour = behaviour;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public FakeGameBehaviour Behaviour { get; }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public IReadOnlyList<string> Players { get; set; } = [];

    public int Max { get; set; } = 20;

    /// <summary>The next state of every handshake received (1 = status).</summary>
    public List<int> NextStates { get; } = [];

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }

            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var handshake = await ReadPacketAsync(stream);
                var offset = 0;
                ReadVarInt(handshake, ref offset); // packet id 0
                ReadVarInt(handshake, ref offset); // protocol version
                var hostLength = ReadVarInt(handshake, ref offset);
                offset += hostLength + 2; // host and port
                lock (NextStates)
                {
                    NextStates.Add(ReadVarInt(handshake, ref offset));
                }

                var request = await ReadPacketAsync(stream);
                if (request is not [0x00])
                {
                    return;
                }

                switch (Behaviour)
                {
                    case FakeGameBehaviour.Silent:
                        await Task.Delay(Timeout.Infinite, _stop.Token);
                        break;
                    case FakeGameBehaviour.Malformed:
                        await stream.WriteAsync(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01 }, _stop.Token);
                        break;
                    default:
                        await stream.WriteAsync(StatusResponse(), _stop.Token);
                        break;
                }
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                // Stopping.
            }
            catch (IOException)
            {
                // The client hung up.
            }
        }
    }

    private byte[] StatusResponse()
    {
        var json = JsonSerializer.Serialize(new
        {
            version = new { name = "1.21.4", protocol = 769 },
            players = new { max = Max, online = Players.Count, sample = Players.Select(p => new { name = p, id = Guid.NewGuid().ToString() }) },
            description = new { text = "A fake server" },
        });
        var text = Encoding.UTF8.GetBytes(json);
        var body = new List<byte> { 0x00 };
        body.AddRange(VarInt(text.Length));
        body.AddRange(text);
        return [.. VarInt(body.Count), .. body];
    }

    private async Task<byte[]> ReadPacketAsync(NetworkStream stream)
    {
        var length = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = new byte[1];
            await stream.ReadExactlyAsync(b, _stop.Token);
            length |= (b[0] & 0x7F) << shift;
            if ((b[0] & 0x80) == 0)
            {
                break;
            }
        }

        var packet = new byte[length];
        await stream.ReadExactlyAsync(packet, _stop.Token);
        return packet;
    }

    private static int ReadVarInt(byte[] data, ref int offset)
    {
        var value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = data[offset++];
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }
    }

    private static List<byte> VarInt(int value)
    {
        var bytes = new List<byte>();
        var rest = (uint)value;
        while (rest >= 0x80)
        {
            bytes.Add((byte)(rest | 0x80));
            rest >>= 7;
        }

        bytes.Add((byte)rest);
        return bytes;
    }
}
