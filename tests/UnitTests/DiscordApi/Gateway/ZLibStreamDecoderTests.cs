using System.IO.Compression;
using System.Text;
using DiscordApi.Gateway;

namespace ServerStatus.UnitTests.DiscordApi.Gateway;

public sealed class ZLibStreamDecoderTests : IDisposable
{
    private readonly MemoryStream _wire = new();
    private readonly ZLibStream _compressor;

    public ZLibStreamDecoderTests() => _compressor = new ZLibStream(_wire, CompressionLevel.Optimal, leaveOpen: true);

    [Fact]
    public void DecodesMessage_WhenItArrivesInOnePiece()
    {
        using var decoder = new ZLibStreamDecoder();

        var decoded = decoder.TryDecode(Compress("""{"op":10,"d":{"heartbeat_interval":41250}}"""), out var message);

        decoded.ShouldBeTrue();
        Encoding.UTF8.GetString(message).ShouldBe("""{"op":10,"d":{"heartbeat_interval":41250}}""");
    }

    [Fact]
    public void WaitsForTheSuffix_WhenMessageIsSplitAcrossFrames()
    {
        using var decoder = new ZLibStreamDecoder();
        var json = "{\"op\":0,\"t\":\"GUILD_CREATE\",\"d\":{\"name\":\"" + new string('x', 5000) + "\"}}";
        var compressed = Compress(json);
        var third = compressed.Length / 3;

        decoder.TryDecode(compressed.AsSpan(0, third), out _).ShouldBeFalse();
        decoder.TryDecode(compressed.AsSpan(third, third), out _).ShouldBeFalse();
        var decoded = decoder.TryDecode(compressed.AsSpan(2 * third), out var message);

        decoded.ShouldBeTrue();
        Encoding.UTF8.GetString(message).ShouldBe(json);
    }

    [Fact]
    public void DecodesEveryMessage_WhenManyShareOneContext()
    {
        using var decoder = new ZLibStreamDecoder();
        var messages = Enumerable.Range(1, 50)
            .Select(i => "{\"op\":0,\"s\":" + i + ",\"t\":\"MESSAGE_CREATE\",\"d\":{\"content\":\"message " + new string('y', i * 37) + "\"}}")
            .ToList();

        var decoded = new List<string>();
        foreach (var json in messages)
        {
            decoder.TryDecode(Compress(json), out var message).ShouldBeTrue();
            decoded.Add(Encoding.UTF8.GetString(message));
        }

        decoded.ShouldBe(messages);
    }

    [Fact]
    public void SplitsOnlyAtSuffix_WhenChunksAreTiny()
    {
        using var decoder = new ZLibStreamDecoder();
        var first = Compress("""{"op":11}""");
        var second = Compress("""{"op":1,"d":null}""");
        var results = new List<string>();

        foreach (var b in first.Concat(second))
        {
            if (decoder.TryDecode([b], out var message))
            {
                results.Add(Encoding.UTF8.GetString(message));
            }
        }

        results.ShouldBe(["""{"op":11}""", """{"op":1,"d":null}"""]);
    }

    [Fact]
    public void DecodesNewStream_WhenEachConnectionGetsAFreshDecoder()
    {
        using (var first = new ZLibStreamDecoder())
        {
            first.TryDecode(Compress("""{"op":10}"""), out _).ShouldBeTrue();
        }

        using var secondWire = new MemoryStream();
        using var secondConnection = new ZLibStream(secondWire, CompressionLevel.Optimal, leaveOpen: true);
        secondConnection.Write("""{"op":11}"""u8);
        secondConnection.Flush();
        using var second = new ZLibStreamDecoder();

        second.TryDecode(secondWire.ToArray(), out var message).ShouldBeTrue();
        Encoding.UTF8.GetString(message).ShouldBe("""{"op":11}""");
    }

    public void Dispose()
    {
        _compressor.Dispose();
        _wire.Dispose();
    }

    private byte[] Compress(string json)
    {
        _wire.SetLength(0);
        _compressor.Write(Encoding.UTF8.GetBytes(json));
        _compressor.Flush();
        var bytes = _wire.ToArray();
        bytes[^4..].ShouldBe(new byte[] { 0x00, 0x00, 0xFF, 0xFF });
        return bytes;
    }
}
