namespace ServerStatus.Application.Backups.Common;

/// <summary>An archive being written: <see cref="Content"/> takes the uncompressed tar.</summary>
public interface IBackupWrite : IAsyncDisposable
{
    Stream Content { get; }

    /// <summary>Bytes of tar written so far (for progress).</summary>
    long BytesWritten { get; }

    /// <summary>Finishes compression, flushes to disk and renames the file into place.</summary>
    Task<StoredArchive> CommitAsync(CancellationToken ct);
}
