namespace ServerStatus.Infrastructure.Backups;

/// <summary>
/// Writes to a file and fsyncs it every <c>syncEveryBytes</c>, so the data reaches the disk while the backup still
/// streams instead of all at once in the final fsync before the rename (measured: 0.7 s for 540 MB here, which the
/// engine's tar stream would otherwise wait behind).
/// </summary>
internal sealed class IncrementalSyncStream(FileStream file, long syncEveryBytes) : Stream
{
    private long _unsynced;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => file.Length;

    public override long Position
    {
        get => file.Position;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        file.Write(buffer);
        _unsynced += buffer.Length;
        if (_unsynced >= syncEveryBytes)
        {
            file.Flush(flushToDisk: true);
            _unsynced = 0;
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override void Flush() => file.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => file.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
