namespace ServerStatus.Infrastructure.Backups;

/// <summary>
/// A write-only stream that compresses into <c>output</c> with the system's libzstd at a given level (one frame);
/// disposing ends the frame. The output is left open, like the managed codec's.
/// </summary>
internal sealed class NativeZstdCompressionStream : Stream
{
    // Below zstd's recommended ~128 KiB (ZSTD_CStreamOutSize, one whole block) so it stays off the large object heap;
    // zstd only writes out more often.
    private const int OutputBufferSize = 64 * 1024;

    private readonly Stream _output;
    private readonly byte[] _buffer;
    private readonly CompressionContext _context;

    public NativeZstdCompressionStream(Stream output, int level)
    {
        _output = output;
        _context = NativeZstd.CreateContext();
        if (_context.IsInvalid)
        {
            _context.Dispose();
            throw new IOException("zstd could not allocate a compression context.");
        }

        NativeZstd.Check(NativeZstd.SetParameter(_context, NativeZstd.CompressionLevelParameter, level));
        _buffer = new byte[OutputBufferSize];
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => !_context.IsClosed;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer) => Compress(buffer, NativeZstd.EndDirective.Continue);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        // Compression is CPU work on the caller's thread (the write pipeline already runs it on its own task).
        cancellationToken.ThrowIfCancellationRequested();
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override void Flush()
    {
        Compress([], NativeZstd.EndDirective.Flush);
        _output.Flush();
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_context.IsClosed)
        {
            try
            {
                Compress([], NativeZstd.EndDirective.End);
            }
            finally
            {
                _context.Dispose();
            }
        }

        base.Dispose(disposing);
    }

    /// <summary>Feeds the input to zstd and writes out whatever it produced; with Flush or End, until zstd says all is out.</summary>
    private unsafe void Compress(ReadOnlySpan<byte> input, NativeZstd.EndDirective directive)
    {
        ObjectDisposedException.ThrowIf(_context.IsClosed, this);
        fixed (byte* source = input)
        fixed (byte* destination = _buffer)
        {
            var inBuffer = new NativeZstd.InBuffer { Source = source, Size = (nuint)input.Length, Position = 0 };
            while (true)
            {
                var outBuffer = new NativeZstd.OutBuffer { Destination = destination, Size = (nuint)_buffer.Length, Position = 0 };
                var remaining = NativeZstd.Check(NativeZstd.CompressStream(_context, &outBuffer, &inBuffer, directive));
                if (outBuffer.Position > 0)
                {
                    _output.Write(_buffer, 0, (int)outBuffer.Position);
                }

                var done = directive == NativeZstd.EndDirective.Continue ? inBuffer.Position == inBuffer.Size : remaining == 0;
                if (done)
                {
                    return;
                }
            }
        }
    }
}
