using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Backups;

/// <summary>
/// A server's files as tar streams through the engine's archive API (works on stopped containers and on
/// remote engines). Entries are named by their full container path without the leading <c>/</c>.
/// </summary>
public interface IContainerArchive
{
    /// <summary>What a backup of the server covers: its mounts, or the paths of its backup label, and its backup labels.</summary>
    Task<Result<BackupSource>> DescribeAsync(ServerId server, CancellationToken ct);

    /// <summary>Writes one uncompressed tar of all <paramref name="paths"/> to <paramref name="destination"/>.</summary>
    Task<Result> ExportAsync(ServerId server, IReadOnlyList<string> paths, Stream destination, CancellationToken ct);

    /// <summary>
    /// Makes the contents of <paramref name="paths"/> exactly those of the tar: empties them (files absent from
    /// the tar are gone) with a short-lived helper container, then extracts the tar. The server should be stopped.
    /// </summary>
    Task<Result> ReplaceAsync(ServerId server, IReadOnlyList<string> paths, Stream tar, CancellationToken ct);
}

/// <summary>
/// What a backup of a server covers and how: the container paths, the console lines to send before and
/// after (labels <c>serverstatus.backup.pre-commands</c> / <c>post-commands</c>) and whether to stop it meanwhile.
/// </summary>
public sealed record BackupSource(IReadOnlyList<string> Paths, IReadOnlyList<string> PreCommands, IReadOnlyList<string> PostCommands, bool StopDuringBackup);
