using System.Security.Cryptography;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Common.Results;

namespace ServerStatus.UnitTests.Fakes;

/// <summary>Archives as byte arrays (uncompressed): written through <see cref="IBackupWrite"/>, committed on commit.</summary>
public sealed class InMemoryBackupStore : IBackupStore
{
    public Dictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

    public string FileFor(string server, string name) => $"{server}/{name}.tar";

    public Result<IBackupWrite> BeginWrite(string file) => Result<IBackupWrite>.Success(new Write(this, file));

    public Result<Stream> OpenRead(string file) =>
        Files.TryGetValue(file, out var bytes) ? Result<Stream>.Success(new MemoryStream(bytes, writable: false)) : Error.NotFound($"No archive {file}.");

    public Task<Result> VerifyAsync(string file, string sha256, CancellationToken ct) =>
        Task.FromResult(Files.TryGetValue(file, out var bytes) && Hash(bytes) == sha256 ? Result.Success : (Result)Error.Conflict("the archive does not match its SHA-256."));

    public bool Exists(string file) => Files.ContainsKey(file);

    public void Delete(string file) => Files.Remove(file);

    public long FreeBytes() => long.MaxValue;

    public int CleanTemporaryFiles() => 0;

    public static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private sealed class Write(InMemoryBackupStore store, string file) : IBackupWrite
    {
        private readonly MemoryStream _content = new();

        public Stream Content => _content;

        public long BytesWritten => _content.Length;

        public Task<StoredArchive> CommitAsync(CancellationToken ct)
        {
            var bytes = _content.ToArray();
            store.Files[file] = bytes;
            return Task.FromResult(new StoredArchive(file, bytes.Length, Hash(bytes)));
        }

        public ValueTask DisposeAsync() => _content.DisposeAsync();
    }
}
