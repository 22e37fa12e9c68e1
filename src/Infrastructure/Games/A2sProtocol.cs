using System.Buffers.Binary;
using System.Text;

namespace ServerStatus.Infrastructure.Games;

/// <summary>
/// The packets of Valve's Steam server queries over UDP: <c>A2S_INFO</c> (name, map, player count and maximum) and
/// <c>A2S_PLAYER</c> (the names). A server may answer either request with a challenge (<c>0x41</c> and four bytes), which
/// the client sends back appended to the request. Answers longer than one datagram come split into packets with the
/// header <c>0xFFFFFFFE</c>, reassembled by <see cref="A2sSplitAssembler"/>. Integers are little-endian, strings are
/// NUL-terminated UTF-8.
/// </summary>
public static class A2sProtocol
{
    public const int DefaultPort = 27015;

    public const byte InfoHeader = 0x54;
    public const byte PlayerHeader = 0x55;
    public const byte ChallengeResponse = 0x41;
    public const byte InfoResponse = 0x49;
    public const byte GoldSourceInfoResponse = 0x6D;
    public const byte PlayerResponse = 0x44;

    public const int SinglePacket = -1;
    public const int SplitPacket = -2;

    private static readonly byte[] InfoPayload = Encoding.ASCII.GetBytes("Source Engine Query\0");

    /// <summary><c>A2S_INFO</c>, with the challenge the server sent (none the first time).</summary>
    public static byte[] InfoRequest(ReadOnlySpan<byte> challenge) =>
        [0xFF, 0xFF, 0xFF, 0xFF, InfoHeader, .. InfoPayload, .. challenge];

    /// <summary><c>A2S_PLAYER</c> with the server's challenge; the first request asks for one with <c>0xFFFFFFFF</c>.</summary>
    public static byte[] PlayerRequest(ReadOnlySpan<byte> challenge) =>
        [0xFF, 0xFF, 0xFF, 0xFF, PlayerHeader, .. (challenge.Length == 4 ? challenge : [0xFF, 0xFF, 0xFF, 0xFF])];

    /// <summary>The four bytes of a challenge response (its header byte first), or null when it is no challenge.</summary>
    public static byte[]? Challenge(ReadOnlySpan<byte> payload) =>
        payload.Length >= 5 && payload[0] == ChallengeResponse ? payload.Slice(1, 4).ToArray() : null;

    /// <summary>Players and maximum of an <c>A2S_INFO</c> answer (Source <c>0x49</c> or the old GoldSource <c>0x6D</c>), without the 4-byte prefix.</summary>
    public static (int Players, int Max) ParseInfo(ReadOnlySpan<byte> payload)
    {
        var reader = new Reader(payload);
        var header = reader.Byte();
        if (header == InfoResponse)
        {
            reader.Byte(); // protocol
            reader.String(); // name
            reader.String(); // map
            reader.String(); // folder
            reader.String(); // game
            reader.Bytes(2); // app id
            var players = reader.Byte();
            var max = reader.Byte();
            return (players, max);
        }

        if (header == GoldSourceInfoResponse)
        {
            reader.String(); // address
            reader.String(); // name
            reader.String(); // map
            reader.String(); // folder
            reader.String(); // game
            var players = reader.Byte();
            var max = reader.Byte();
            return (players, max);
        }

        throw new GameQueryException($"Expected an A2S_INFO answer (0x49), got 0x{header:X2}.");
    }

    /// <summary>The names of an <c>A2S_PLAYER</c> answer, without the 4-byte prefix (players still connecting have empty names: left out).</summary>
    public static IReadOnlyList<string> ParsePlayers(ReadOnlySpan<byte> payload)
    {
        var reader = new Reader(payload);
        var header = reader.Byte();
        if (header != PlayerResponse)
        {
            throw new GameQueryException($"Expected an A2S_PLAYER answer (0x44), got 0x{header:X2}.");
        }

        var count = reader.Byte();
        var names = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            reader.Byte(); // index
            var name = reader.String();
            reader.Bytes(4); // score
            reader.Bytes(4); // duration, seconds as a float
            if (name.Length > 0)
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>The first four bytes of a datagram: <see cref="SinglePacket"/>, <see cref="SplitPacket"/> or anything else (not ours).</summary>
    public static int PacketKind(ReadOnlySpan<byte> datagram) =>
        datagram.Length >= 4 ? BinaryPrimitives.ReadInt32LittleEndian(datagram) : 0;

    private ref struct Reader(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private int _offset;

        public byte Byte()
        {
            if (_offset >= _data.Length)
            {
                throw new GameQueryException("The answer ends too early.");
            }

            return _data[_offset++];
        }

        public ReadOnlySpan<byte> Bytes(int count)
        {
            if (_offset + count > _data.Length)
            {
                throw new GameQueryException("The answer ends too early.");
            }

            var bytes = _data.Slice(_offset, count);
            _offset += count;
            return bytes;
        }

        public string String()
        {
            var end = _data[_offset..].IndexOf((byte)0);
            if (end < 0)
            {
                throw new GameQueryException("A string of the answer is not terminated.");
            }

            var text = Encoding.UTF8.GetString(_data.Slice(_offset, end));
            _offset += end + 1;
            return text;
        }
    }
}
