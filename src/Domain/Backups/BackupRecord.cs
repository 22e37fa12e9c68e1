namespace ServerStatus.Domain.Backups;

/// <summary>One finished backup archive: where it is, what it holds, how it was made.</summary>
public sealed class BackupRecord
{
    public const int ServerMaxLength = 161;
    public const int FileMaxLength = 400;
    public const int CreatorMaxLength = 100;
    public const int PathsMaxLength = 4000;

    private BackupRecord()
    {
    }

    public long Id { get; private set; }

    /// <summary>The engine-qualified server name (<c>engine/name</c>).</summary>
    public string Server { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>The archive's path relative to the backup directory.</summary>
    public string File { get; private set; } = "";

    /// <summary>The container paths the archive holds, one per line.</summary>
    public string Paths { get; private set; } = "";

    public long SizeBytes { get; private set; }

    /// <summary>SHA-256 of the archive file, lower-case hex.</summary>
    public string Sha256 { get; private set; } = "";

    public TimeSpan Duration { get; private set; }

    public BackupTrigger Trigger { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<string> PathList => Paths.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static BackupRecord Create(string server, string name, string file, IReadOnlyList<string> paths, long sizeBytes, string sha256, TimeSpan duration, BackupTrigger trigger, string createdBy, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(server);
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentOutOfRangeException.ThrowIfNegative(sizeBytes);
        if (!BackupName.IsValid(name))
        {
            throw new ArgumentException($"`{name}` is not a valid backup name.", nameof(name));
        }

        if (sha256 is not { Length: 64 })
        {
            throw new ArgumentException("A SHA-256 is 64 hex digits.", nameof(sha256));
        }

        return new BackupRecord
        {
            Server = server,
            Name = name,
            File = file,
            Paths = string.Join('\n', paths),
            SizeBytes = sizeBytes,
            Sha256 = sha256,
            Duration = duration,
            Trigger = trigger,
            CreatedBy = createdBy.Length <= CreatorMaxLength ? createdBy : createdBy[..CreatorMaxLength],
            CreatedAt = createdAt.ToUniversalTime(),
        };
    }
}
