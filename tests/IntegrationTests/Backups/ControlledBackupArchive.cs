using ServerStatus.Application.Backups;
using ServerStatus.Application.Common.Results;
using ServerStatus.Domain.Servers;

namespace ServerStatus.IntegrationTests.Backups;

/// <summary>
/// The real archive adapter with switches for tests: pause an export or a restore until released, run a
/// callback once an export has written some bytes, or break the next restore's tar stream in the middle.
/// </summary>
public sealed class ControlledBackupArchive(IContainerArchive inner) : IContainerArchive
{
    public TaskCompletionSource? HoldExport { get; set; }

    public TaskCompletionSource? HoldReplace { get; set; }

    public TaskCompletionSource Paused { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Called once, after the export wrote this many bytes.</summary>
    public (long Bytes, Action Callback)? OnExportProgress { get; set; }

    /// <summary>The next restore's tar stream fails after this many bytes (then the switch resets).</summary>
    public long? BreakNextReplaceAfter { get; set; }

    public Task<Result<BackupSource>> DescribeAsync(ServerId server, CancellationToken ct) => inner.DescribeAsync(server, ct);

    public async Task<Result> ExportAsync(ServerId server, IReadOnlyList<string> paths, Stream destination, CancellationToken ct)
    {
        if (HoldExport is { } hold)
        {
            Paused.TrySetResult();
            await hold.Task.WaitAsync(ct);
        }

        if (OnExportProgress is { } progress)
        {
            destination = new TrippingStream(destination, progress.Bytes, progress.Callback, fail: false);
        }

        return await inner.ExportAsync(server, paths, destination, ct);
    }

    public async Task<Result> ReplaceAsync(ServerId server, IReadOnlyList<string> paths, Stream tar, CancellationToken ct)
    {
        if (HoldReplace is { } hold)
        {
            Paused.TrySetResult();
            await hold.Task.WaitAsync(ct);
        }

        if (BreakNextReplaceAfter is { } bytes)
        {
            BreakNextReplaceAfter = null;
            tar = new TrippingStream(tar, bytes, () => { }, fail: true);
        }

        return await inner.ReplaceAsync(server, paths, tar, ct);
    }

    public void ResetPause() => Paused = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Passes reads and writes through; after <c>limit</c> bytes calls back once, or fails every further call.</summary>
    private sealed class TrippingStream(Stream inner, long limit, Action callback, bool fail) : Stream
    {
        private long _done;
        private bool _tripped;

        public override bool CanRead => inner.CanRead;

        public override bool CanSeek => false;

        public override bool CanWrite => inner.CanWrite;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _done;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Check(count);
            var read = inner.Read(buffer, offset, count);
            _done += read;
            return read;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Check(buffer.Length);
            var read = await inner.ReadAsync(buffer, cancellationToken);
            _done += read;
            return read;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Write(byte[] buffer, int offset, int count)
        {
            Check(count);
            inner.Write(buffer, offset, count);
            _done += count;
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Check(buffer.Length);
            await inner.WriteAsync(buffer, cancellationToken);
            _done += buffer.Length;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush() => inner.Flush();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        private void Check(int count)
        {
            if (_done < limit || count == 0)
            {
                return;
            }

            if (fail)
            {
                throw new IOException("Injected failure in the middle of the archive stream.");
            }

            if (!_tripped)
            {
                _tripped = true;
                callback();
            }
        }
    }
}
