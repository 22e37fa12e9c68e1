using ServerStatus.Domain.Watch;

namespace ServerStatus.Application.Watch;

/// <summary>One incident by id (for its buttons), or not found.</summary>
public sealed record GetIncident(long Id) : IQuery<Result<Incident>>, IAdminOnly, INotAudited;

public sealed class GetIncidentHandler(IIncidentStore store) : IQueryHandler<GetIncident, Result<Incident>>
{
    public async ValueTask<Result<Incident>> Handle(GetIncident query, CancellationToken cancellationToken) =>
        await store.FindAsync(query.Id, cancellationToken) is { } incident
            ? incident
            : Error.NotFound("This incident is no longer known.");
}

/// <summary>At start-up: incidents the bot recorded but stopped before posting (within the last day) are posted now.</summary>
public sealed record RepublishUnpostedIncidents : ICommand<Result<int>>, IAdminOnly, INotAudited;

public sealed class RepublishUnpostedIncidentsHandler(IIncidentStore store, IIncidentPublisher publisher, TimeProvider time)
    : ICommandHandler<RepublishUnpostedIncidents, Result<int>>
{
    public async ValueTask<Result<int>> Handle(RepublishUnpostedIncidents command, CancellationToken cancellationToken)
    {
        var unposted = await store.ListUnpostedAsync(time.GetUtcNow().AddDays(-1), cancellationToken);
        foreach (var incident in unposted)
        {
            publisher.Publish(incident);
        }

        return unposted.Count;
    }
}

/// <summary>
/// Where an engine's event stream resumes: after the last event handled. An engine watched for the first time starts
/// now, and that point is stored at once, so events while the bot is stopped later are replayed even if none came before.
/// </summary>
public sealed record BeginEventWatch(string Engine) : ICommand<Result<long>>, IAdminOnly, INotAudited;

public sealed class BeginEventWatchHandler(IIncidentStore store, TimeProvider time) : ICommandHandler<BeginEventWatch, Result<long>>
{
    public async ValueTask<Result<long>> Handle(BeginEventWatch command, CancellationToken cancellationToken)
    {
        var cursor = await store.FindCursorAsync(command.Engine, cancellationToken);
        if (cursor is null)
        {
            cursor = EventCursor.Start(command.Engine);
            cursor.Advance((time.GetUtcNow() - DateTimeOffset.UnixEpoch).Ticks * 100, "");
            await store.SaveCursorAsync(cursor, cancellationToken);
        }

        return cursor.TimeNanos;
    }
}
