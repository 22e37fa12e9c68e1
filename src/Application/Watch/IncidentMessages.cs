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

/// <summary>Where an engine's event stream resumes: the time of the last event handled, or null (from now).</summary>
public sealed record GetEventResumePoint(string Engine) : IQuery<Result<long?>>, IAdminOnly, INotAudited;

public sealed class GetEventResumePointHandler(IIncidentStore store) : IQueryHandler<GetEventResumePoint, Result<long?>>
{
    public async ValueTask<Result<long?>> Handle(GetEventResumePoint query, CancellationToken cancellationToken) =>
        await store.FindCursorAsync(query.Engine, cancellationToken) is { TimeNanos: > 0 } cursor ? cursor.TimeNanos : (long?)null;
}
