namespace ServerStatus.Application.Permissions.ImportLegacyPermissions;

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
