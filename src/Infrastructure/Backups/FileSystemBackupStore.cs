using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Common.Results;
using ServerStatus.Domain.Backups;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Infrastructure.Backups;

/// <summary>
/// Archives under <c>Backups:Directory</c>: <c>&lt;server&gt;/&lt;name&gt;.tar.zst</c>. Written through a hidden
/// <c>.&lt;file&gt;.&lt;random&gt;.tmp</c> beside the target, fsynced, then renamed into place (no overwrite), so a
/// crash leaves only a temporary file, which start-up removes. Every path is checked to stay inside the directory.
/// Answers name archives relative to the directory; where the directory is, and the system's error, go to the log.
/// </summary>
public sealed partial class FileSystemBackupStore(IOptions<BackupOptions> options, ILogger<FileSystemBackupStore> logger) : IBackupStore
{
    public const string TemporarySuffix = ".tmp";

    // Reads (restore, verify) buffer 64 KiB: below the large object heap's 85,000 bytes. Writes are not buffered at all:
    // the compressor already hands over blocks of up to 64 KiB (#19: RSS peak during a backup).
    private const int ReadBufferSize = 64 * 1024;
    private const int Unbuffered = 0;

    public string Root { get; } = Path.GetFullPath(options.Value.Directory);

    private string Codec => options.Value.Codec;

    public string FileFor(string engine, string server, string name)
    {
        if (!EngineName.IsValid(engine))
        {
            throw new ArgumentException($"`{engine}` is not a valid engine name.", nameof(engine));
        }

        if (!ServerName.IsValidName(server))
        {
            throw new ArgumentException($"`{server}` is not a valid server name.", nameof(server));
        }

        if (!BackupName.IsValid(name))
        {
            throw new ArgumentException($"`{name}` is not a valid backup name.", nameof(name));
        }

        return $"{engine}/{server}/{name}.{BackupCodec.Extension(Codec)}";
    }

    public Result<IBackupWrite> BeginWrite(string file)
    {
        var target = Resolve(file);
        if (target is null)
        {
            return Outside(file);
        }

        try
        {
            var directory = Path.GetDirectoryName(target) ?? Root;
            Directory.CreateDirectory(directory);
            var temporary = Path.Combine(directory, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}{TemporarySuffix}");
            return Result<IBackupWrite>.Success(new FileWrite(file, target, temporary, Codec, logger));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogCannotWrite(ex, Root);
            return Error.Failed("Cannot write to the backup directory (the bot's log says why).");
        }
    }

    public Result<Stream> OpenRead(string file)
    {
        var path = Resolve(file);
        if (path is null)
        {
            return Outside(file);
        }

        try
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ReadBufferSize, useAsync: true);
            return Result<Stream>.Success(BackupCodec.Decompress(BackupCodec.OfFile(path), stream));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogCannotRead(ex, file, Root);
            return Error.Failed($"Cannot read the backup file {file} (the bot's log says why).");
        }
    }

    public async Task<Result> VerifyAsync(string file, string sha256, CancellationToken ct)
    {
        var path = Resolve(file);
        if (path is null)
        {
            return Outside(file);
        }

        if (!File.Exists(path))
        {
            LogMissing(file, Root);
            return Error.NotFound($"the backup file {file} is missing from the backup directory.");
        }

        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ReadBufferSize, useAsync: true);
        var actual = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
        return string.Equals(actual, sha256, StringComparison.OrdinalIgnoreCase)
            ? Result.Success
            : Error.Invalid($"the backup file {file} is damaged (its SHA-256 is {actual[..12]}…, {sha256[..Math.Min(12, sha256.Length)]}… was recorded).");
    }

    public bool Exists(string file) => Resolve(file) is { } path && File.Exists(path);

    public void Delete(string file)
    {
        if (Resolve(file) is { } path && File.Exists(path))
        {
            File.Delete(path);
        }
    }

    public long FreeBytes()
    {
        Directory.CreateDirectory(Root);
        return new DriveInfo(Root).AvailableFreeSpace;
    }

    public int CleanTemporaryFiles()
    {
        if (!Directory.Exists(Root))
        {
            return 0;
        }

        var removed = 0;
        foreach (var path in Directory.EnumerateFiles(Root, "." + "*" + TemporarySuffix, SearchOption.AllDirectories))
        {
            File.Delete(path);
            removed++;
        }

        return removed;
    }

    /// <summary>The full path of a relative archive path, or null when it would leave the backup directory.</summary>
    internal string? Resolve(string file)
    {
        if (string.IsNullOrWhiteSpace(file) || Path.IsPathRooted(file))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(Root, file));
        return full.StartsWith(Root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    private static Error Outside(string file) => Error.Invalid($"`{file}` is not a path inside the backup directory.");

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Cannot write to the backup directory {Directory}")]
    private partial void LogCannotWrite(Exception exception, string directory);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Cannot read the backup file {File} in {Directory}")]
    private partial void LogCannotRead(Exception exception, string file, string directory);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "The backup file {File} is missing from {Directory}")]
    private partial void LogMissing(string file, string directory);

    private sealed class FileWrite : IBackupWrite
    {
        private const long SyncEveryBytes = 32 * 1024 * 1024;

        private readonly string _file;
        private readonly string _target;
        private readonly string _temporary;
        private readonly FileStream _stream;
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private readonly ObservedWriteStream _hashed;
        private readonly Stream _compressor;
        private readonly PipelinedWriteStream _pipeline;
        private readonly ObservedWriteStream _content;
        private readonly ILogger _logger;
        private bool _committed;

        public FileWrite(string file, string target, string temporary, string codec, ILogger logger)
        {
            _file = file;
            _target = target;
            _temporary = temporary;
            _logger = logger;
            _stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, Unbuffered, useAsync: true);
            _hashed = new ObservedWriteStream(new IncrementalSyncStream(_stream, SyncEveryBytes), _hash.AppendData, leaveOpen: true);
            _compressor = BackupCodec.Compress(codec, _hashed);
            _pipeline = new PipelinedWriteStream(_compressor);
            _content = new ObservedWriteStream(_pipeline, static _ => { }, leaveOpen: true);
        }

        public Stream Content => _content;

        public long BytesWritten => _content.Written;

        public async Task<StoredArchive> CommitAsync(CancellationToken ct)
        {
            await _pipeline.CompleteAsync(ct);
            await _compressor.DisposeAsync(); // writes the final frame
            await _stream.FlushAsync(ct);
            _stream.Flush(flushToDisk: true); // fsync before the rename makes it visible
            var size = _stream.Length;
            await _stream.DisposeAsync();
            File.Move(_temporary, _target, overwrite: false);
            _committed = true;
            return new StoredArchive(_file, size, Convert.ToHexStringLower(_hash.GetHashAndReset()));
        }

        public async ValueTask DisposeAsync()
        {
            await _content.DisposeAsync();
            await _pipeline.DisposeAsync();
            try
            {
                await _compressor.DisposeAsync();
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException)
            {
                // The file is being abandoned anyway.
            }

            await _stream.DisposeAsync();
            _hash.Dispose();
            if (!_committed)
            {
                File.Delete(_temporary);
            }

            MemoryGiveBack.After("backup", _logger);
        }
    }
}
