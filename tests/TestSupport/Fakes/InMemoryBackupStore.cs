using System.Security.Cryptography;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Common.Results;
using ServerStatus.Domain.Backups;
using ServerStatus.Domain.Servers;

namespace ServerStatus.TestSupport.Fakes;

/// <summary>
/// Archives as byte arrays (uncompressed) by their path inside the store, with the semantics of the file-system
/// store, held to it by <c>BackupStoreContract</c>: paths stay inside, a write shows only once committed and never
/// replaces an archive, a write neither committed nor disposed counts as a temporary file left by a crash.
/// </summary>
public sealed class InMemoryBackupStore : IBackupStore
{
    private readonly HashSet<Write> _pending = [];

    public Dictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

    public static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public string FileFor(string engine, string server, string name) => EngineName.IsValid(engine) && ServerName.IsValidName(server) && BackupName.IsValid(name)
        ? $"{engine}/{server}/{name}.tar"
        : throw new ArgumentException($"`{engine}`, `{server}` and `{name}` are not a valid engine name, server name and backup name.", nameof(name));

    public Result<IBackupWrite> BeginWrite(string file)
    {
        if (Resolve(file) is not { } key)
        {
            return Outside(file);
        }

        var write = new Write(this, file, key);
        _pending.Add(write);
        return Result<IBackupWrite>.Success(write);
    }

    public Result<Stream> OpenRead(string file) => Resolve(file) switch
    {
        null => Outside(file),
        var key when Files.TryGetValue(key, out var bytes) => Result<Stream>.Success(new MemoryStream(bytes, writable: false)),
        _ => Error.Failed($"Cannot read the backup file {file}: it does not exist."),
    };

    public Task<Result> VerifyAsync(string file, string sha256, CancellationToken ct)
    {
        Result result = Resolve(file) switch
        {
            null => Outside(file),
            var key when !Files.TryGetValue(key, out _) => Error.NotFound($"the backup file {file} is missing from the store."),
            var key when string.Equals(Hash(Files[key]), sha256, StringComparison.OrdinalIgnoreCase) => Result.Success,
            _ => Error.Invalid($"the backup file {file} is damaged (its SHA-256 differs from the recorded one)."),
        };
        return Task.FromResult(result);
    }

    public bool Exists(string file) => Resolve(file) is { } key && Files.ContainsKey(key);

    public void Delete(string file)
    {
        if (Resolve(file) is { } key)
        {
            Files.Remove(key);
        }
    }

    public long FreeBytes() => long.MaxValue;

    public int CleanTemporaryFiles()
    {
        var count = _pending.Count;
        _pending.Clear();
        return count;
    }

    /// <summary>The path with <c>.</c> and <c>..</c> resolved, or null when it is empty, rooted or leaves the store.</summary>
    private static string? Resolve(string file)
    {
        if (string.IsNullOrWhiteSpace(file) || file.StartsWith('/'))
        {
            return null;
        }

        var segments = new List<string>();
        foreach (var segment in file.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment != ".")
            {
                segments.Add(segment);
            }
        }

        return segments.Count == 0 ? null : string.Join('/', segments);
    }

    private static Error Outside(string file) => Error.Invalid($"`{file}` is not a path inside the backup directory.");

    private sealed class Write(InMemoryBackupStore store, string file, string key) : IBackupWrite
    {
        private readonly MemoryStream _content = new();

        public Stream Content => _content;

        public long BytesWritten => _content.Length;

        public Task<StoredArchive> CommitAsync(CancellationToken ct)
        {
            var bytes = _content.ToArray();
            store._pending.Remove(this);
            if (!store.Files.TryAdd(key, bytes))
            {
                // The file-system store renames into place without overwriting.
                return Task.FromException<StoredArchive>(new IOException($"The backup file {file} already exists."));
            }

            return Task.FromResult(new StoredArchive(file, bytes.Length, Hash(bytes)));
        }

        public ValueTask DisposeAsync()
        {
            store._pending.Remove(this);
            return _content.DisposeAsync();
        }
    }
}
