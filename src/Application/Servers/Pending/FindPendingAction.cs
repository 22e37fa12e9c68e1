namespace ServerStatus.Application.Servers.Pending;

/// <summary>
/// The server's pending action, if any, for a user about to replace it (asked before <see cref="SchedulePowerAction"/>
/// is confirmed): within the servers they may use with <paramref name="Required"/>, like the command itself.
/// </summary>
public sealed record FindPendingAction(string Server, Domain.Permissions.Permission Required) : IQuery<Result<PendingActionView?>>, IServerScoped, INamesServer, IAuditedOnlyWhenRefused
{
    public string AuditCommand => "pending";
}

public sealed class FindPendingActionValidator : AbstractValidator<FindPendingAction>
{
    public FindPendingActionValidator() => RuleFor(x => x.Server).ServerName();
}

public sealed class FindPendingActionHandler(SingleServerLookup lookup, IPendingActionStore store) : IQueryHandler<FindPendingAction, Result<PendingActionView?>>
{
    public async ValueTask<Result<PendingActionView?>> Handle(FindPendingAction query, CancellationToken cancellationToken)
    {
        var found = await lookup.FindAsync(query.Server, query.Required, cancellationToken);
        if (!found.IsSuccess)
        {
            return Result<PendingActionView?>.Fail(found.Errors);
        }

        var pending = await store.FindByServerAsync(found.Value.Id.QualifiedName, cancellationToken);
        return pending is null ? Result<PendingActionView?>.Success(null) : PendingActionView.Of(pending);
    }
}
