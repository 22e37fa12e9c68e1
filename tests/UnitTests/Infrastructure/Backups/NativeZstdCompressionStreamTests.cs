using System.Text;
using ServerStatus.Infrastructure.Backups;
using ZstdSharp;

namespace ServerStatus.UnitTests.Infrastructure.Backups;

/// <summary>The system libzstd codec writes frames the managed decoder (and the zstd tool) reads back exactly.</summary>
public sealed class NativeZstdCompressionStreamTests
{
    [Fact]
    public void IsAvailable_OnTheMachinesWeDeployTo() =>
        NativeZstd.IsAvailable.ShouldBeTrue("libzstd.so.1 (Debian package libzstd1) was not found: backups fall back to the slower managed codec");

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3 * 1024 * 1024 + 17)]
    public void RoundTripsThroughTheManagedDecoder_WhateverTheSize(int size)
    {
        var content = MixedBytes(size);

        var compressed = Compress(content, chunk: 64 * 1024);

        Decompress(compressed).ShouldBe(content);
        if (size > 1024 * 1024)
        {
            compressed.Length.ShouldBeLessThan(size);
        }
    }

    [Fact]
    public void MakesTheSameContent_WhenWrittenInTinyOrHugeChunks()
    {
        var content = MixedBytes(300_000);

        Decompress(Compress(content, chunk: 7)).ShouldBe(content);
        Decompress(Compress(content, chunk: content.Length)).ShouldBe(content);
    }

    [Fact]
    public void RefusesWrites_AfterTheFrameWasEnded()
    {
        using var output = new MemoryStream();
        var stream = new NativeZstdCompressionStream(output, level: 1);
        stream.Dispose();

        Should.Throw<ObjectDisposedException>(() => stream.Write([1, 2, 3]));
        output.Length.ShouldBeGreaterThan(0); // the empty frame
    }

    private static byte[] Compress(byte[] content, int chunk)
    {
        using var output = new MemoryStream();
        using (var stream = new NativeZstdCompressionStream(output, level: 1))
        {
            for (var offset = 0; offset < content.Length; offset += chunk)
            {
                stream.Write(content, offset, Math.Min(chunk, content.Length - offset));
            }
        }

        return output.ToArray();
    }

    private static byte[] Decompress(byte[] compressed)
    {
        using var input = new DecompressionStream(new MemoryStream(compressed));
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>Random bytes, text and zeros, like a game server's data.</summary>
    private static byte[] MixedBytes(int size)
    {
        var bytes = new byte[size];
        new Random(42).NextBytes(bytes.AsSpan(0, size / 2));
        var text = Encoding.ASCII.GetBytes("level=42 player=Steve x=123.5 y=64 saved chunk region\n");
        for (var i = size / 2; i < size * 3 / 4; i++)
        {
            bytes[i] = text[i % text.Length];
        }

        return bytes;
    }
}
