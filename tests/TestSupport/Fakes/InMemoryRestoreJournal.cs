using ServerStatus.Application.Backups.RestoreBackup;
using ServerStatus.Domain.Backups;

namespace ServerStatus.TestSupport.Fakes;

/// <summary>The journal in a list; <see cref="History"/> keeps every stage written, for tests of what a restore journals.</summary>
public sealed class InMemoryRestoreJournal : IRestoreJournal
{
    public List<RestoreInProgress> Entries { get; } = [];

    /// <summary>Each write: the server, the stage and the safety backup at that moment, in order.</summary>
    public List<(string Server, RestoreStage Stage, string? SafetyBackup)> History { get; } = [];

    public Task RecordAsync(RestoreInProgress restore, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(restore);
        if (!Entries.Contains(restore))
        {
            Entries.RemoveAll(r => string.Equals(r.Server, restore.Server, StringComparison.Ordinal));
            Entries.Add(restore);
        }

        History.Add((restore.Server, restore.Stage, restore.SafetyBackup));
        return Task.CompletedTask;
    }

    public Task EndAsync(RestoreInProgress restore, CancellationToken ct)
    {
        Entries.Remove(restore);
        return Task.CompletedTask;
    }

    public Task<RestoreInProgress?> FindAsync(string server, CancellationToken ct) =>
        Task.FromResult(Entries.FirstOrDefault(r => string.Equals(r.Server, server, StringComparison.Ordinal)));

    public Task<IReadOnlyList<RestoreInProgress>> ListAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<RestoreInProgress>>([.. Entries]);
}
