using System.IO.Compression;

namespace DiscordApi.Gateway;

/// <summary>Decodes Discord's <c>zlib-stream</c> transport compression: one inflate context per connection, shared
/// by all its messages. Received bytes are buffered until they end with the sync-flush suffix <c>00 00 FF FF</c>,
/// then inflated. Create a new decoder for every connection (resumes included).</summary>
internal sealed class ZLibStreamDecoder : IDisposable
{
    private static ReadOnlySpan<byte> Suffix => [0x00, 0x00, 0xFF, 0xFF];

    private readonly FeedStream _input = new();
    private readonly MemoryStream _pending = new();
    private readonly ZLibStream _inflater;
    private readonly byte[] _chunk = new byte[16 * 1024];

    public ZLibStreamDecoder() => _inflater = new ZLibStream(_input, CompressionMode.Decompress, leaveOpen: true);

    /// <summary>Adds received bytes; returns true with the inflated message once a complete message has arrived.</summary>
    public bool TryDecode(ReadOnlySpan<byte> data, out byte[] message)
    {
        _pending.Write(data);
        var buffered = _pending.GetBuffer().AsSpan(0, (int)_pending.Length);
        if (buffered.Length < Suffix.Length || !buffered[^Suffix.Length..].SequenceEqual(Suffix))
        {
            message = [];
            return false;
        }

        _input.Load(buffered.ToArray());
        _pending.SetLength(0);
        using var output = new MemoryStream();
        int read;
        while ((read = _inflater.Read(_chunk)) > 0)
        {
            output.Write(_chunk, 0, read);
        }

        message = output.ToArray();
        return true;
    }

    public void Dispose()
    {
        _inflater.Dispose();
        _input.Dispose();
        _pending.Dispose();
    }

    /// <summary>A read-only stream that hands out the loaded bytes, then reports "no more data" (0) until reloaded.</summary>
    private sealed class FeedStream : Stream
    {
        private byte[] _data = [];
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public void Load(byte[] data)
        {
            _data = data;
            _position = 0;
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = Math.Min(buffer.Length, _data.Length - _position);
            _data.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
