using System.Buffers;
using System.Threading.Channels;

namespace ServerStatus.Infrastructure.Backups;

/// <summary>
/// A write-only stream that hands what is written, in 64 KiB blocks, to a background task writing to
/// <c>target</c>: reading the engine's tar and compressing it then run on two cores at once, like a shell pipe.
/// At most 1 MiB waits in between, so memory stays flat whatever the data size. The blocks stay below the 85,000 bytes
/// of the large object heap, which is collected only with gen2 and not compacted, so what it grows to stays committed
/// (#19: RSS peak during a backup).
/// </summary>
internal sealed class PipelinedWriteStream : Stream
{
    private const int BlockSize = 64 * 1024;
    private const int BlocksInFlight = 16;

    private readonly Stream _target;
    private readonly Channel<(byte[] Block, int Length)> _blocks =
        Channel.CreateBounded<(byte[], int)>(new BoundedChannelOptions(BlocksInFlight) { SingleReader = true, SingleWriter = true });

    private readonly Task _consumer;
    private byte[] _current = ArrayPool<byte>.Shared.Rent(BlockSize);
    private int _filled;
    private bool _completed;
    private bool _stopped;

    public PipelinedWriteStream(Stream target)
    {
        _target = target;
        _consumer = Task.Run(ConsumeAsync);
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) =>
        WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        while (!buffer.IsEmpty)
        {
            var take = Math.Min(buffer.Length, BlockSize - _filled);
            buffer[..take].CopyTo(_current.AsMemory(_filled));
            _filled += take;
            buffer = buffer[take..];
            if (_filled == BlockSize)
            {
                await SendCurrentAsync(cancellationToken);
            }
        }
    }

    /// <summary>Sends the last partial block, waits until the target has everything, and rethrows its failure.</summary>
    public async Task CompleteAsync(CancellationToken ct)
    {
        if (_filled > 0)
        {
            await SendCurrentAsync(ct);
        }

        _completed = true;
        _blocks.Writer.TryComplete();
        await _consumer.WaitAsync(ct);
    }

    public override void Flush()
    {
        // Data is pushed in blocks; CompleteAsync delivers the rest.
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override async ValueTask DisposeAsync()
    {
        await StopAsync();
        await base.DisposeAsync(); // Dispose(true) then finds the pipeline stopped
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            StopAsync().GetAwaiter().GetResult();
        }

        base.Dispose(disposing);
    }

    private async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        _completed = true;
        _blocks.Writer.TryComplete();
        try
        {
            await _consumer;
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
        {
            // The write is being abandoned; the failure was reported where it happened.
        }

        ArrayPool<byte>.Shared.Return(_current);
    }

    private async Task SendCurrentAsync(CancellationToken ct)
    {
        if (_consumer.IsFaulted)
        {
            await _consumer; // rethrows the target's failure
        }

        await _blocks.Writer.WriteAsync((_current, _filled), ct);
        _current = ArrayPool<byte>.Shared.Rent(BlockSize);
        _filled = 0;
    }

    private async Task ConsumeAsync()
    {
        try
        {
            await foreach (var (block, length) in _blocks.Reader.ReadAllAsync())
            {
                try
                {
                    await _target.WriteAsync(block.AsMemory(0, length));
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(block);
                }
            }
        }
        catch
        {
            // Unblock the producer; it sees the failure at its next block.
            _blocks.Writer.TryComplete();
            while (_blocks.Reader.TryRead(out var left))
            {
                ArrayPool<byte>.Shared.Return(left.Block);
            }

            throw;
        }
    }
}
