using System.Formats.Tar;
using Docker.DotNet;
using Docker.DotNet.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Common.Results;
using ServerStatus.Domain.Servers;
using ServerStatus.Infrastructure.Backups;

namespace ServerStatus.Infrastructure.Docker;

/// <summary>
/// <see cref="IContainerArchive"/> over the engine's archive API. One backup tar holds every path, each entry
/// renamed from the engine's <c>&lt;last segment&gt;/…</c> to its full container path (<c>srv/data/…</c>), so the
/// whole tar extracts at <c>/</c>. Restores first empty the paths with a helper container (network none, the
/// server's volumes through <c>VolumesFrom</c>, the server's image or <c>Backups:HelperImage</c>), since the
/// archive API can add files but never delete them.
/// </summary>
public sealed partial class DockerContainerArchive(
    DockerEngines engines, IOptions<DockerOptions> dockerOptions, IOptions<BackupOptions> backupOptions, ILogger<DockerContainerArchive> logger) : IContainerArchive
{
    // Empties each path, keeping the path itself (it is usually a mount point).
    private const string WipeScript = "for p in \"$@\"; do mkdir -p \"$p\" && cd \"$p\" && rm -rf -- ./* ./.[!.]* ./..?* || exit 1; done";

    private TimeSpan QuickCallTimeout => TimeSpan.FromSeconds(dockerOptions.Value.RequestTimeoutSeconds);

    public Task<Result<BackupSource>> DescribeAsync(ServerId server, CancellationToken ct) =>
        CallAsync(server, async (engine, token) =>
        {
            using var deadline = Deadline(QuickCallTimeout, token);
            var inspected = await engine.Client.Containers.InspectContainerAsync(server.ContainerId, deadline.Token);
            var labels = inspected.Config?.Labels;
            IReadOnlyList<string> paths;
            if (labels is not null && labels.TryGetValue(BackupLabels.Paths, out var listed))
            {
                var raw = listed.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                var bad = raw.FirstOrDefault(p => BackupLabels.NormalizePath(p) is null);
                if (bad is not null)
                {
                    return Error.Invalid($"The label `{BackupLabels.Paths}` of `{server.Name}` has `{bad}`: list absolute container paths without `..`.", server.Name);
                }

                paths = [.. raw.Select(p => BackupLabels.NormalizePath(p)!).Distinct(StringComparer.Ordinal)];
            }
            else
            {
                paths = [.. (inspected.Mounts ?? []).Select(m => BackupLabels.NormalizePath(m.Destination ?? "")).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
            }

            var stop = labels is not null && labels.TryGetValue(BackupLabels.Stop, out var stopText) && string.Equals(stopText.Trim(), "true", StringComparison.OrdinalIgnoreCase);
            return Result<BackupSource>.Success(new BackupSource(paths, BackupLabels.Lines(labels, BackupLabels.PreCommands), BackupLabels.Lines(labels, BackupLabels.PostCommands), stop));
        }, ct);

    public Task<Result> ExportAsync(ServerId server, IReadOnlyList<string> paths, Stream destination, CancellationToken ct) =>
        CallAsync(server, async (engine, token) =>
        {
            await using var writer = new TarWriter(destination, TarEntryFormat.Pax, leaveOpen: true);
            foreach (var path in paths)
            {
                var response = await engine.Client.Containers.GetArchiveFromContainerAsync(server.ContainerId, new ContainerPathStatParameters { Path = path }, statOnly: false, token);
                await using var stream = response.Stream ?? throw new InvalidDataException($"The engine sent no archive for {path}.");
                await using var reader = new TarReader(stream, leaveOpen: true);
                var prefix = ParentPrefix(path);
                while (await reader.GetNextEntryAsync(copyData: false, token) is { } entry)
                {
                    await writer.WriteEntryAsync(Renamed(entry, prefix), token);
                }
            }

            return Result.Success;
        }, ct);

    public async Task<Result> ReplaceAsync(ServerId server, IReadOnlyList<string> paths, Stream tar, CancellationToken ct)
    {
        try
        {
            return await CallAsync(server, async (engine, token) =>
            {
                var wiped = await WipeAsync(engine, server, paths, token);
                if (!wiped.IsSuccess)
                {
                    return wiped;
                }

                await engine.Client.Containers.ExtractArchiveToContainerAsync(server.ContainerId, new CopyToContainerParameters { Path = "/" }, tar, token);
                return Result.Success;
            }, ct);
        }
        finally
        {
            MemoryGiveBack.After("restore", logger);
        }
    }

    /// <summary>
    /// A fresh PAX entry under the new name with the source's metadata. (Converting the entry or replacing its data
    /// stream would make the reader skip the data synchronously, which the engine's response stream does not allow.)
    /// </summary>
    private static PaxTarEntry Renamed(TarEntry entry, string prefix)
    {
        var type = entry.EntryType == TarEntryType.V7RegularFile ? TarEntryType.RegularFile : entry.EntryType;
        var renamed = new PaxTarEntry(type, prefix + entry.Name)
        {
            Mode = entry.Mode,
            Uid = entry.Uid,
            Gid = entry.Gid,
            ModificationTime = entry.ModificationTime,
        };
        if (type is TarEntryType.HardLink or TarEntryType.SymbolicLink)
        {
            renamed.LinkName = type == TarEntryType.HardLink ? prefix + entry.LinkName : entry.LinkName;
        }

        if (entry is PosixTarEntry posix)
        {
            renamed.UserName = posix.UserName;
            renamed.GroupName = posix.GroupName;
            if (type is TarEntryType.BlockDevice or TarEntryType.CharacterDevice)
            {
                renamed.DeviceMajor = posix.DeviceMajor;
                renamed.DeviceMinor = posix.DeviceMinor;
            }
        }

        if (entry.DataStream is { } data)
        {
            renamed.DataStream = new KnownLengthReadStream(data, entry.Length);
        }

        return renamed;
    }

    /// <summary><c>/srv/data</c> → <c>srv/</c>; <c>/data</c> → empty: what to put before the engine's entry names.</summary>
    internal static string ParentPrefix(string path)
    {
        var parent = path[..path.LastIndexOf('/')].TrimStart('/');
        return parent.Length == 0 ? "" : parent + "/";
    }

    private async Task<Result> WipeAsync(EngineConnection engine, ServerId server, IReadOnlyList<string> paths, CancellationToken ct)
    {
        var inspected = await engine.Client.Containers.InspectContainerAsync(server.ContainerId, ct);
        // The server's exact image (by id: it is on the engine even if its tag moved), unless one is configured.
        var image = string.IsNullOrWhiteSpace(backupOptions.Value.HelperImage) ? inspected.Image : backupOptions.Value.HelperImage;
        var created = await engine.Client.Containers.CreateContainerAsync(new CreateContainerParameters
        {
            Image = image,
            Entrypoint = ["/bin/sh", "-c", WipeScript, "wipe", .. paths],
            Cmd = [],
            Labels = new Dictionary<string, string> { [BackupLabels.Helper] = server.ContainerId },
            User = "0",
            HostConfig = new HostConfig { NetworkMode = "none", VolumesFrom = [server.ContainerId] },
        }, ct);
        try
        {
            try
            {
                await engine.Client.Containers.StartContainerAsync(created.ID, new ContainerStartParameters(), ct);
            }
            catch (DockerApiException ex)
            {
                return Error.Failed($"The restore helper container (image `{image}`) did not start ({DockerFailures.EngineMessage(ex)}): set Backups:HelperImage to an image with /bin/sh.", server.Name);
            }

            var waited = await engine.Client.Containers.WaitContainerAsync(created.ID, ct);
            return waited.StatusCode == 0
                ? Result.Success
                : Error.Failed($"The restore helper container could not empty the mounts of `{server.Name}` (exit code {waited.StatusCode}).", server.Name);
        }
        finally
        {
            await engine.Client.Containers.RemoveContainerAsync(created.ID, new ContainerRemoveParameters { Force = true }, CancellationToken.None);
        }
    }

    private async Task<Result<T>> CallAsync<T>(ServerId server, Func<EngineConnection, CancellationToken, Task<Result<T>>> call, CancellationToken ct)
    {
        var engine = engines.Find(server.Engine);
        if (engine is null)
        {
            return DockerFailures.NotConfigured(server.Engine, server.Name);
        }

        try
        {
            return await call(engine, ct);
        }
        catch (DockerContainerNotFoundException)
        {
            return Error.NotFound($"No server named `{server.Name}`.", server.Name);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested && (DockerFailures.IsEngineFailure(ex) || ex is InvalidDataException or FormatException))
        {
            LogArchiveFailed(ex, server.Name, DockerFailures.DescribeWithAddress(engine, ex));
            return ex is DockerApiException or HttpRequestException or System.Net.Sockets.SocketException
                ? DockerFailures.Describe(engine, ex, server.Name)
                : Error.Failed($"Copying the files of `{server.Name}` failed: {ex.Message.TrimEnd('.')}.", server.Name);
        }
    }

    private async Task<Result> CallAsync(ServerId server, Func<EngineConnection, CancellationToken, Task<Result>> call, CancellationToken ct)
    {
        var result = await CallAsync<bool>(server, async (engine, token) =>
        {
            var inner = await call(engine, token);
            return inner.IsSuccess ? Result<bool>.Success(true) : Result<bool>.Fail(inner.Errors);
        }, ct);
        return result.IsSuccess ? Result.Success : Result.Fail(result.Errors);
    }

    private static CancellationTokenSource Deadline(TimeSpan timeout, CancellationToken ct)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(ct);
        source.CancelAfter(timeout);
        return source;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Copying the files of {Server} failed: {Problem}")]
    private partial void LogArchiveFailed(Exception exception, string server, string problem);
}
