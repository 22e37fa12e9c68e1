namespace ServerStatus.Application.Permissions.ImportLegacyPermissions;

/// <summary>Reads the old bot's <c>permissions.json</c>. Bad content comes back as problems, never as exceptions.</summary>
public interface ILegacyPermissionsSource
{
    /// <summary><c>NotFound</c> when there is no file at <paramref name="path"/>; <c>Unavailable</c> when it cannot be read.</summary>
    Task<Result<LegacyPermissionsFile>> ReadAsync(string path, CancellationToken ct);
}

/// <summary>
/// A legacy <c>permissions.json</c> as read: its content hash, the entries that can be imported and the
/// problems (each naming what was skipped). A malformed file has no entries and one problem.
/// </summary>
public sealed record LegacyPermissionsFile(
    string Path,
    string Hash,
    IReadOnlyList<LegacyGrantEntry> Grants,
    IReadOnlyList<ulong> Admins,
    IReadOnlyList<LegacyProblem> Problems,
    bool IsMalformed = false);

/// <summary>One user given one permission on one server, with the names as the old file wrote them.</summary>
public sealed record LegacyGrantEntry(ulong UserId, string Permission, string Server, int Line);

/// <summary>Something in a legacy file that was skipped, and why; <paramref name="Line"/> is 1-based (0 when unknown).</summary>
public sealed record LegacyProblem(string Path, int Line, string Message)
{
    public string Location => Line > 0 ? $"{Path}:{Line}" : Path;

    public override string ToString() => $"{Location}: {Message}";
}
