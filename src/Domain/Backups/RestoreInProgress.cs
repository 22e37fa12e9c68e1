namespace ServerStatus.Domain.Backups;

/// <summary>
/// The journal row of a restore that has begun and not ended: written before the server's files are touched, so a
/// bot that was killed half-way knows at its next start what to roll back, from which safety backup, and whether
/// the server was running.
/// </summary>
public sealed class RestoreInProgress
{
    private RestoreInProgress()
    {
    }

    public long Id { get; private set; }

    /// <summary>The engine-qualified server name (<c>engine/name</c>); one restore per server at a time.</summary>
    public string Server { get; private set; } = "";

    /// <summary>The backup being restored.</summary>
    public string Backup { get; private set; } = "";

    /// <summary>The pre-restore safety backup, once it is taken.</summary>
    public string? SafetyBackup { get; private set; }

    public bool ServerWasRunning { get; private set; }

    public RestoreStage Stage { get; private set; }

    public string StartedBy { get; private set; } = "";

    public DateTimeOffset StartedAt { get; private set; }

    public static RestoreInProgress Begin(string server, string backup, bool serverWasRunning, string startedBy, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(server);
        ArgumentNullException.ThrowIfNull(startedBy);
        if (!BackupName.IsValid(backup))
        {
            throw new ArgumentException($"`{backup}` is not a valid backup name.", nameof(backup));
        }

        return new RestoreInProgress
        {
            Server = server,
            Backup = backup,
            ServerWasRunning = serverWasRunning,
            Stage = RestoreStage.Preparing,
            StartedBy = startedBy.Length <= BackupRecord.CreatorMaxLength ? startedBy : startedBy[..BackupRecord.CreatorMaxLength],
            StartedAt = at.ToUniversalTime(),
        };
    }

    /// <summary>The safety backup is taken; the server's files are about to be replaced.</summary>
    public void Replacing(string safetyBackup)
    {
        if (!BackupName.IsValid(safetyBackup))
        {
            throw new ArgumentException($"`{safetyBackup}` is not a valid backup name.", nameof(safetyBackup));
        }

        SafetyBackup = safetyBackup;
        Stage = RestoreStage.Replacing;
    }

    /// <summary>The replacement failed; the safety backup is being put back.</summary>
    public void RollingBack()
    {
        if (SafetyBackup is null)
        {
            throw new InvalidOperationException("A restore rolls back only after its safety backup was taken.");
        }

        Stage = RestoreStage.RollingBack;
    }

    /// <summary>Whether the server's files may be half-replaced, so the safety backup must be put back.</summary>
    public bool FilesMayBeChanged => Stage is RestoreStage.Replacing or RestoreStage.RollingBack;
}
