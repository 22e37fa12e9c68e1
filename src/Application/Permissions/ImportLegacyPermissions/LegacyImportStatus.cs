namespace ServerStatus.Application.Permissions.ImportLegacyPermissions;

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
