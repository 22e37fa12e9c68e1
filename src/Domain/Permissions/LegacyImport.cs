namespace ServerStatus.Domain.Permissions;

/// <summary>
/// A legacy <c>permissions.json</c> that was imported, identified by its content hash, so the same
/// file is imported once: grants revoked later are not brought back at the next start.
/// </summary>
public sealed class LegacyImport
{
    public const int HashLength = 64;
    public const int PathMaxLength = 1024;

    private LegacyImport()
    {
    }

    public long Id { get; private set; }

    /// <summary>SHA-256 of the file's bytes, lowercase hex.</summary>
    public string FileHash { get; private set; } = "";

    public string Path { get; private set; } = "";

    public DateTimeOffset ImportedAt { get; private set; }

    public int GrantsAdded { get; private set; }

    public int AdminsAdded { get; private set; }

    public int Skipped { get; private set; }

    public static LegacyImport Create(string fileHash, string path, DateTimeOffset importedAt, int grantsAdded, int adminsAdded, int skipped) => new()
    {
        FileHash = fileHash,
        Path = path.Length <= PathMaxLength ? path : path[^PathMaxLength..],
        ImportedAt = importedAt.ToUniversalTime(),
        GrantsAdded = grantsAdded,
        AdminsAdded = adminsAdded,
        Skipped = skipped,
    };
}
