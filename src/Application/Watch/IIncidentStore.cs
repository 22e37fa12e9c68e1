using ServerStatus.Domain.Watch;

namespace ServerStatus.Application.Watch;

/// <summary>The persisted incidents, the event streams' resume points and the images servers last ran well with.</summary>
public interface IIncidentStore
{
    /// <summary>The newest incident of the server (engine-qualified name), if any.</summary>
    Task<Incident?> FindLatestAsync(string server, CancellationToken ct);

    Task<Incident?> FindAsync(long id, CancellationToken ct);

    /// <summary>The engine's incident that has not recovered yet, if any.</summary>
    Task<Incident?> FindOpenEngineIncidentAsync(string engine, CancellationToken ct);

    /// <summary>The incidents shown in one message (several when a storm was grouped), oldest first.</summary>
    Task<IReadOnlyList<Incident>> ListByMessageAsync(ulong channelId, ulong messageId, CancellationToken ct);

    /// <summary>Incidents opened after <paramref name="since"/> that have no message yet (the bot stopped before posting them).</summary>
    Task<IReadOnlyList<Incident>> ListUnpostedAsync(DateTimeOffset since, CancellationToken ct);

    /// <summary>The incidents of the server (engine-qualified name) opened from <paramref name="from"/> to <paramref name="to"/>, oldest first.</summary>
    Task<IReadOnlyList<Incident>> ListOfServerAsync(string server, DateTimeOffset from, DateTimeOffset to, CancellationToken ct);

    /// <summary>Adds a new incident or saves the changes of one read from this store.</summary>
    Task SaveAsync(Incident incident, CancellationToken ct);

    Task<EventCursor?> FindCursorAsync(string engine, CancellationToken ct);

    Task SaveCursorAsync(EventCursor cursor, CancellationToken ct);

    Task<ImageBaseline?> FindBaselineAsync(string server, CancellationToken ct);

    Task SaveBaselineAsync(ImageBaseline baseline, CancellationToken ct);
}
