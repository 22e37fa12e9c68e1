using System.Buffers.Binary;

namespace ServerStatus.Infrastructure.Games;

/// <summary>
/// Puts an answer split over several datagrams back together (Source engine layout): each starts with <c>0xFFFFFFFE</c>,
/// the answer's id (4 bytes; the high bit set means bzip2-compressed, which is not supported), the number of packets,
/// this packet's number, and the maximum packet size (2 bytes); the joined payloads start with <c>0xFFFFFFFF</c>.
/// </summary>
public sealed class A2sSplitAssembler
{
    public const int MaxPackets = 32;
    private const int HeaderLength = 12;

    private readonly Dictionary<int, byte[]> _parts = [];
    private int? _id;
    private int _total;

    /// <summary>Adds one split datagram; returns the whole answer (without its <c>0xFFFFFFFF</c> prefix) once every part is in.</summary>
    public byte[]? Add(ReadOnlySpan<byte> datagram)
    {
        if (datagram.Length < HeaderLength || A2sProtocol.PacketKind(datagram) != A2sProtocol.SplitPacket)
        {
            throw new GameQueryException("A split packet is shorter than its header.");
        }

        var id = BinaryPrimitives.ReadInt32LittleEndian(datagram[4..]);
        if ((id & unchecked((int)0x80000000)) != 0)
        {
            throw new GameQueryException("The server sent a compressed answer, which is not supported.");
        }

        int total = datagram[8];
        int number = datagram[9];
        if (total is 0 or > MaxPackets || number >= total)
        {
            throw new GameQueryException($"A split packet says it is part {number} of {total}.");
        }

        if (_id is { } current && (current != id || _total != total))
        {
            // A late packet of an earlier answer: not ours.
            return null;
        }

        _id = id;
        _total = total;
        _parts[number] = datagram[HeaderLength..].ToArray();
        if (_parts.Count < total)
        {
            return null;
        }

        var joined = Enumerable.Range(0, total).SelectMany(i => _parts[i]).ToArray();
        if (A2sProtocol.PacketKind(joined) != A2sProtocol.SinglePacket)
        {
            throw new GameQueryException("The joined split packets do not start like an answer.");
        }

        return joined[4..];
    }
}
