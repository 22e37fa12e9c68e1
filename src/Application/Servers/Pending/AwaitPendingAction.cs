namespace ServerStatus.Application.Servers.Pending;

/// <summary>
/// Waits (at most <paramref name="Max"/>) for a pending action to end, so the reply that shows its countdown can be
/// edited into its outcome; null when it did not end in time (its end is then notified to the requester).
/// </summary>
public sealed record AwaitPendingAction(Guid Id, TimeSpan Max) : IQuery<Result<PendingOutcome?>>, IAuditable, IAuditedOnlyWhenRefused
{
    public string AuditCommand => "pending";

    public string AuditArguments => Id.ToString("N");
}

public sealed class AwaitPendingActionHandler(PendingActionSignals signals, TimeProvider time) : IQueryHandler<AwaitPendingAction, Result<PendingOutcome?>>
{
    public async ValueTask<Result<PendingOutcome?>> Handle(AwaitPendingAction query, CancellationToken cancellationToken) =>
        Result<PendingOutcome?>.Success(await signals.WaitAsync(query.Id, query.Max, time, cancellationToken));
}
