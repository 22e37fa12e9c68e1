using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using ServerStatus.Application.Games;

namespace ServerStatus.Infrastructure.Games;

/// <summary>
/// The packets of Minecraft's Server List Ping (Java Edition 1.7 and later): a handshake with the next state 1 (status),
/// a status request, and the status response whose JSON carries <c>players.online</c>, <c>players.max</c> and a sample of
/// names. Every packet is its length as a VarInt, then its id as a VarInt, then its fields.
/// </summary>
public static class MinecraftProtocol
{
    public const int DefaultPort = 25565;

    /// <summary>The response is one string of at most 32767 characters (up to 4 bytes each), plus the favicon some servers inline.</summary>
    public const int MaxPacketLength = 2 * 1024 * 1024;

    // "If the client is pinging to determine what version to use, by convention -1 should be set."
    private const int AnyProtocolVersion = -1;
    private const int StatusState = 1;

    /// <summary>The handshake (next state: status) followed by the status request, ready to send.</summary>
    public static byte[] StatusRequest(string host, int port)
    {
        ArgumentNullException.ThrowIfNull(host);
        var handshake = new List<byte>();
        WriteVarInt(handshake, 0x00);
        WriteVarInt(handshake, AnyProtocolVersion);
        WriteString(handshake, host);
        Span<byte> portBytes = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(portBytes, (ushort)port);
        handshake.AddRange(portBytes.ToArray());
        WriteVarInt(handshake, StatusState);

        var packets = new List<byte>();
        WriteVarInt(packets, handshake.Count);
        packets.AddRange(handshake);
        WriteVarInt(packets, 1);
        packets.Add(0x00);
        return [.. packets];
    }

    public static void WriteVarInt(List<byte> target, int value)
    {
        ArgumentNullException.ThrowIfNull(target);
        var remaining = (uint)value;
        do
        {
            var b = (byte)(remaining & 0x7F);
            remaining >>= 7;
            target.Add(remaining == 0 ? b : (byte)(b | 0x80));
        }
        while (remaining != 0);
    }

    /// <summary>Reads a VarInt at <paramref name="offset"/> (advanced past it); at most 5 bytes.</summary>
    public static int ReadVarInt(ReadOnlySpan<byte> data, ref int offset)
    {
        var value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (offset >= data.Length)
            {
                throw new GameQueryException("The packet ends inside a VarInt.");
            }

            var b = data[offset++];
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }

        throw new GameQueryException("A VarInt is longer than 5 bytes.");
    }

    /// <summary>Reads the length prefix of the next packet from a stream, one byte at a time.</summary>
    public static async Task<int> ReadVarIntAsync(Stream stream, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = new byte[5];
        for (var i = 0; i < bytes.Length; i++)
        {
            await stream.ReadExactlyAsync(bytes.AsMemory(i, 1), ct);
            if ((bytes[i] & 0x80) == 0)
            {
                var offset = 0;
                return ReadVarInt(bytes.AsSpan(0, i + 1), ref offset);
            }
        }

        throw new GameQueryException("A VarInt is longer than 5 bytes.");
    }

    /// <summary>The players of a status response packet (its id and its JSON string, without the length prefix).</summary>
    public static PlayerCount ParseStatusResponse(ReadOnlySpan<byte> packet)
    {
        var offset = 0;
        var id = ReadVarInt(packet, ref offset);
        if (id != 0x00)
        {
            throw new GameQueryException($"Expected the status response (packet 0x00), got packet 0x{id:X2}.");
        }

        var length = ReadVarInt(packet, ref offset);
        if (length < 0 || length > packet.Length - offset)
        {
            throw new GameQueryException("The status response's JSON is longer than its packet.");
        }

        return ParseStatusJson(Encoding.UTF8.GetString(packet.Slice(offset, length)));
    }

    /// <summary>
    /// <c>players.online</c>, <c>players.max</c> and the names of <c>players.sample</c> (a server lists at most a sample,
    /// so there may be fewer names than players).
    /// </summary>
    public static PlayerCount ParseStatusJson(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("players", out var players)
                || players.ValueKind != JsonValueKind.Object
                || !players.TryGetProperty("online", out var online)
                || online.ValueKind != JsonValueKind.Number
                || !online.TryGetInt32(out var count)
                || count < 0)
            {
                throw new GameQueryException("The status JSON has no players.online count.");
            }

            int? max = players.TryGetProperty("max", out var maxElement) && maxElement.ValueKind == JsonValueKind.Number
                && maxElement.TryGetInt32(out var m) && m >= 0 ? m : null;
            var names = players.TryGetProperty("sample", out var sample) && sample.ValueKind == JsonValueKind.Array
                ? sample.EnumerateArray()
                    .Where(p => p.ValueKind == JsonValueKind.Object && p.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String)
                    .Select(p => p.GetProperty("name").GetString() ?? "")
                    .Where(n => n.Length > 0)
                    .ToList()
                : [];
            return new PlayerCount(count, max, names);
        }
        catch (JsonException ex)
        {
            throw new GameQueryException($"The status response is not JSON: {ex.Message}");
        }
    }

    private static void WriteString(List<byte> target, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        WriteVarInt(target, bytes.Length);
        target.AddRange(bytes);
    }
}
