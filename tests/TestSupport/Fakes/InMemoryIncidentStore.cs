using System.Reflection;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Watch;

namespace ServerStatus.TestSupport.Fakes;

/// <summary>Incidents, cursors and baselines in lists, held to <c>IncidentStoreContract</c> like the EF store; ids are given on first save.</summary>
public sealed class InMemoryIncidentStore : IIncidentStore
{
    private static readonly PropertyInfo IdProperty = typeof(Incident).GetProperty(nameof(Incident.Id))!; // a property of the entity

    public List<Incident> Incidents { get; } = [];

    public List<EventCursor> Cursors { get; } = [];

    public List<ImageBaseline> Baselines { get; } = [];

    public Task<Incident?> FindLatestAsync(string server, CancellationToken ct) =>
        Task.FromResult(Incidents.Where(i => i.Server == server).OrderByDescending(i => i.OpenedAt).ThenByDescending(i => i.Id).FirstOrDefault());

    public Task<Incident?> FindAsync(long id, CancellationToken ct) =>
        ct.IsCancellationRequested ? Task.FromCanceled<Incident?>(ct) : Task.FromResult(Incidents.FirstOrDefault(i => i.Id == id));

    public Task<Incident?> FindOpenEngineIncidentAsync(string engine, CancellationToken ct) =>
        Task.FromResult(Incidents.LastOrDefault(i => i.Kind == IncidentKind.EngineDown && i.Engine == engine && !i.IsRecovered));

    public Task<IReadOnlyList<Incident>> ListByMessageAsync(ulong channelId, ulong messageId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Incident>>([.. Incidents.Where(i => i.ChannelId == channelId && i.MessageId == messageId).OrderBy(i => i.Id)]);

    public Task<IReadOnlyList<Incident>> ListUnpostedAsync(DateTimeOffset since, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Incident>>([.. Incidents.Where(i => i.ChannelId is not null && i.MessageId is null && i.OpenedAt >= since).OrderBy(i => i.Id)]);

    public Task<IReadOnlyList<Incident>> ListOfServerAsync(string server, DateTimeOffset from, DateTimeOffset to, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Incident>>([.. Incidents.Where(i => i.Server == server && i.OpenedAt >= from && i.OpenedAt <= to).OrderBy(i => i.OpenedAt).ThenBy(i => i.Id)]);

    public Task SaveAsync(Incident incident, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(incident);
        if (incident.Id == 0)
        {
            IdProperty.SetValue(incident, Incidents.Count == 0 ? 1L : Incidents.Max(i => i.Id) + 1);
            Incidents.Add(incident);
        }

        return Task.CompletedTask;
    }

    public Task<EventCursor?> FindCursorAsync(string engine, CancellationToken ct) => Task.FromResult(Cursors.FirstOrDefault(c => c.Engine == engine));

    public Task SaveCursorAsync(EventCursor cursor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        return Replace(Cursors, cursor, c => c.Engine == cursor.Engine);
    }

    public Task<ImageBaseline?> FindBaselineAsync(string server, CancellationToken ct) => Task.FromResult(Baselines.FirstOrDefault(b => b.Server == server));

    public Task SaveBaselineAsync(ImageBaseline baseline, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        return Replace(Baselines, baseline, b => b.Server == baseline.Server);
    }

    private static Task Replace<T>(List<T> rows, T row, Predicate<T> sameKey)
    {
        if (!rows.Contains(row))
        {
            rows.RemoveAll(sameKey);
            rows.Add(row);
        }

        return Task.CompletedTask;
    }
}
