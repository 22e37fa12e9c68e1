using ServerStatus.Domain.Updates;

namespace ServerStatus.Application.Updates.UpdateServer;

/// <summary>The journal of image updates: every stage is saved before it begins; finished rows are kept as the history.</summary>
public interface IUpdateJournalStore
{
    /// <summary>Stores a new row (it gets its id) or saves the changes of one found here. Never cancelled by the caller's token on purpose.</summary>
    Task SaveAsync(UpdateJournal journal, CancellationToken ct);

    /// <summary>Updates that have not ended (the bot died during them, or one runs now), oldest first; copies: find one to change it.</summary>
    Task<IReadOnlyList<UpdateJournal>> ListUnfinishedAsync(CancellationToken ct);

    /// <summary>The server's latest good update since <paramref name="since"/> whose old image is still kept, or null.</summary>
    Task<UpdateJournal?> FindLastGoodAsync(string server, DateTimeOffset since, CancellationToken ct);

    /// <summary>Good updates before <paramref name="before"/> whose old image is still kept.</summary>
    Task<IReadOnlyList<UpdateJournal>> ListOldImagesAsync(DateTimeOffset before, CancellationToken ct);

    Task<UpdateJournal?> FindAsync(long id, CancellationToken ct);
}
