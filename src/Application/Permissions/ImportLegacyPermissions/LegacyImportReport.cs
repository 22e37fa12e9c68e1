namespace ServerStatus.Application.Permissions.ImportLegacyPermissions;

/// <summary>What an import did; <see cref="Skipped"/> counts the problems, each of which skipped one thing.</summary>
public sealed record LegacyImportReport(
    string Path,
    LegacyImportStatus Status,
    int GrantsAdded,
    int GrantsAlreadyPresent,
    int AdminsAdded,
    int AdminsAlreadyPresent,
    IReadOnlyList<LegacyProblem> Problems)
{
    public int Skipped => Problems.Count;

    public static LegacyImportReport NoFile(string path) => new(path, LegacyImportStatus.NoFile, 0, 0, 0, 0, []);

    public static LegacyImportReport AlreadyImported(string path) => new(path, LegacyImportStatus.AlreadyImported, 0, 0, 0, 0, []);

    public static LegacyImportReport Malformed(string path, IReadOnlyList<LegacyProblem> problems) =>
        new(path, LegacyImportStatus.Malformed, 0, 0, 0, 0, problems);
}
