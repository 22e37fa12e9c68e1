using ServerStatus.Domain.Backups;

namespace ServerStatus.Application.Backups.RestoreBackup;

/// <summary>
/// The restores that have begun and not ended. Each change is durable when the call returns: the bot may be killed
/// right after it.
/// </summary>
public interface IRestoreJournal
{
    /// <summary>Writes the entry, new or changed.</summary>
    Task RecordAsync(RestoreInProgress restore, CancellationToken ct);

    /// <summary>The restore ended (finished, refused or rolled back): forgets it.</summary>
    Task EndAsync(RestoreInProgress restore, CancellationToken ct);

    Task<RestoreInProgress?> FindAsync(string server, CancellationToken ct);

    /// <summary>Every restore that has not ended, oldest first.</summary>
    Task<IReadOnlyList<RestoreInProgress>> ListAsync(CancellationToken ct);
}
