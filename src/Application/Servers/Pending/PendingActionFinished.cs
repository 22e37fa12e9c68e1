namespace ServerStatus.Application.Servers.Pending;

/// <summary>A pending action ended while nobody waited for its reply (after a bot restart, or a long wait): told to its requester.</summary>
public sealed record PendingActionFinished(PendingOutcome Outcome, ulong RequestedBy) : Notification
{
    public override bool IsFailure => Outcome.IsFailure;

    public override ulong? DirectTo => RequestedBy;
}
