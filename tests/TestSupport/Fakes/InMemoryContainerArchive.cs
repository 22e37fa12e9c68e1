using System.Formats.Tar;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Common.Results;
using ServerStatus.Domain.Servers;

namespace ServerStatus.TestSupport.Fakes;

/// <summary>
/// Servers' files in memory with the semantics of the Docker archive, held to it by <c>ContainerArchiveContract</c>:
/// only servers that were added exist, a backup covers the mounts unless labels say otherwise, an export is a tar of
/// the files under their full container paths, a replace leaves exactly the files of the tar. <see cref="Export"/> and
/// <see cref="Replace"/> script the streams instead (a test can advance a fake clock between chunks).
/// </summary>
public sealed class InMemoryContainerArchive : IContainerArchive
{
    private const string PathsLabel = "serverstatus.backup.paths";

    private readonly Dictionary<ServerId, Server> _servers = [];

    /// <summary>What servers added without mounts or labels of their own describe.</summary>
    public BackupSource Source { get; set; } = new(["/data"], [], [], StopDuringBackup: false);

    /// <summary>Writes the tar of an export instead of the server's files (null: the files).</summary>
    public Func<Stream, CancellationToken, Task>? Export { get; set; }

    /// <summary>Consumes the tar of a replace instead of extracting it (null: extract it).</summary>
    public Func<Stream, CancellationToken, Task>? Replace { get; set; }

    /// <summary>
    /// A server whose container has <paramref name="files"/> (container path → bytes) on <paramref name="mounts"/>, and
    /// backup labels that say <paramref name="labelled"/>; without mounts or labels it describes <see cref="Source"/>.
    /// </summary>
    public void Add(ServerId server, IReadOnlyDictionary<string, byte[]>? files = null, IReadOnlyList<string>? mounts = null, BackupSource? labelled = null) =>
        _servers[server] = new Server(new Dictionary<string, byte[]>(files ?? new Dictionary<string, byte[]>(), StringComparer.Ordinal), mounts, labelled);

    /// <summary>The files of the server's container by container path.</summary>
    public IReadOnlyDictionary<string, byte[]> FilesOf(ServerId server) => _servers[server].Files;

    public Task<Result<BackupSource>> DescribeAsync(ServerId server, CancellationToken ct) => Task.FromResult<Result<BackupSource>>(Find(server) switch
    {
        null => Missing(server),
        { Labelled: { } labelled } when labelled.Paths.FirstOrDefault(p => !IsAbsolute(p)) is { } bad =>
            Error.Invalid($"The label `{PathsLabel}` of `{server.Name}` has `{bad}`: list absolute container paths without `..`.", server.Name),
        { Labelled: { } labelled } => labelled,
        { Mounts: { } mounts } => new BackupSource([.. mounts.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)], [], [], StopDuringBackup: false),
        _ => Source,
    });

    public Task<Result> ExportAsync(ServerId server, IReadOnlyList<string> paths, Stream destination, CancellationToken ct) =>
        RunAsync(server, Export, destination, async (found, token) =>
        {
            await using var writer = new TarWriter(destination, TarEntryFormat.Pax, leaveOpen: true);
            foreach (var path in paths)
            {
                await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.Directory, path.TrimStart('/') + "/"), token);
                foreach (var (file, bytes) in found.Files.Where(f => f.Key.StartsWith(path + "/", StringComparison.Ordinal)).OrderBy(f => f.Key, StringComparer.Ordinal))
                {
                    await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, file.TrimStart('/')) { DataStream = new MemoryStream(bytes) }, token);
                }
            }
        }, ct);

    public Task<Result> ReplaceAsync(ServerId server, IReadOnlyList<string> paths, Stream tar, CancellationToken ct) =>
        RunAsync(server, Replace, tar, async (found, token) =>
        {
            foreach (var gone in found.Files.Keys.Where(f => paths.Any(p => f.StartsWith(p + "/", StringComparison.Ordinal))).ToList())
            {
                found.Files.Remove(gone);
            }

            await using var reader = new TarReader(tar, leaveOpen: true);
            while (await reader.GetNextEntryAsync(copyData: false, token) is { } entry)
            {
                if (entry.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile)
                {
                    using var content = new MemoryStream();
                    await (entry.DataStream ?? Stream.Null).CopyToAsync(content, token);
                    found.Files["/" + entry.Name] = content.ToArray();
                }
            }
        }, ct);

    private static bool IsAbsolute(string path) =>
        path.StartsWith('/') && path.Split('/', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } segments && !segments.Any(s => s is "." or "..");

    private static Error Missing(ServerId server) => Error.NotFound($"No server named `{server.Name}`.", server.Name);

    private Server? Find(ServerId server) => _servers.GetValueOrDefault(server);

    /// <summary>NotFound for a server never added; else the script when a test set one, or what the files do.</summary>
    private async Task<Result> RunAsync(ServerId server, Func<Stream, CancellationToken, Task>? script, Stream stream, Func<Server, CancellationToken, Task> files, CancellationToken ct)
    {
        if (Find(server) is not { } found)
        {
            return Missing(server);
        }

        await (script is null ? files(found, ct) : script(stream, ct));
        return Result.Success;
    }

    private sealed record Server(Dictionary<string, byte[]> Files, IReadOnlyList<string>? Mounts, BackupSource? Labelled);
}
