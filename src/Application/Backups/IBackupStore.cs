namespace ServerStatus.Application.Backups;

/// <summary>
/// The archive files under the backup directory. The store compresses and hashes what is written, writes to
/// a temporary file and renames it atomically on commit; every path it builds stays inside the directory.
/// </summary>
public interface IBackupStore
{
    /// <summary>
    /// The archive's path relative to the backup directory, under its engine and server (servers of one name on two
    /// engines keep apart), e.g. <c>local/mc/2026-11-24T05-53-11Z.tar.zst</c>.
    /// </summary>
    string FileFor(string engine, string server, string name);

    /// <summary>Starts writing an archive to a temporary file; disposing an uncommitted write deletes it.</summary>
    Result<IBackupWrite> BeginWrite(string file);

    /// <summary>Opens an archive for reading, decompressed.</summary>
    Result<Stream> OpenRead(string file);

    /// <summary>Checks the archive file against its recorded SHA-256.</summary>
    Task<Result> VerifyAsync(string file, string sha256, CancellationToken ct);

    bool Exists(string file);

    void Delete(string file);

    /// <summary>Free bytes on the backup directory's volume.</summary>
    long FreeBytes();

    /// <summary>Removes temporary files left by a crash or a kill mid-backup; returns how many.</summary>
    int CleanTemporaryFiles();
}

/// <summary>An archive being written: <see cref="Content"/> takes the uncompressed tar.</summary>
public interface IBackupWrite : IAsyncDisposable
{
    Stream Content { get; }

    /// <summary>Bytes of tar written so far (for progress).</summary>
    long BytesWritten { get; }

    /// <summary>Finishes compression, flushes to disk and renames the file into place.</summary>
    Task<StoredArchive> CommitAsync(CancellationToken ct);
}

/// <summary>A committed archive file: its size on disk and the SHA-256 of its bytes.</summary>
public sealed record StoredArchive(string File, long SizeBytes, string Sha256);
