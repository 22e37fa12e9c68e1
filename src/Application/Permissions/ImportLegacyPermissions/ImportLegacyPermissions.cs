namespace ServerStatus.Application.Permissions.ImportLegacyPermissions;

/// <summary>
/// Imports the old bot's <c>permissions.json</c> once per content: grants and admins are only added,
/// never removed, and a file already imported (same hash) is not imported again.
/// </summary>
public sealed record ImportLegacyPermissions(string Path) : ICommand<Result<LegacyImportReport>>, IAdminOnly;

public sealed class ImportLegacyPermissionsValidator : AbstractValidator<ImportLegacyPermissions>
{
    public const int MaxPathLength = 4096;

    public ImportLegacyPermissionsValidator() =>
        RuleFor(x => x.Path)
            .Must(path => !string.IsNullOrWhiteSpace(path)).WithMessage("Name the legacy permissions file.")
            .MaximumLength(MaxPathLength).WithMessage($"The legacy permissions path is longer than {MaxPathLength} characters.")
            .Must(path => path is null || !path.Contains('\0', StringComparison.Ordinal)).WithMessage("The legacy permissions path contains a NUL character.");
}

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

/// <summary>What happened to a legacy permissions file.</summary>
public enum LegacyImportStatus
{
    /// <summary>The file's entries were added (those not present yet) and its hash recorded.</summary>
    Imported,

    /// <summary>A file with the same content was imported before: nothing was touched.</summary>
    AlreadyImported,

    /// <summary>There is no file at the path: nothing to import.</summary>
    NoFile,

    /// <summary>The file is not valid JSON: nothing was imported and its hash is not recorded.</summary>
    Malformed,
}
