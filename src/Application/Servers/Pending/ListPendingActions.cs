using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Servers.Pending;

/// <summary><c>pending</c>: the pending restarts and stops of the servers the actor may see, soonest first.</summary>
public sealed record ListPendingActions : IQuery<Result<IReadOnlyList<PendingActionView>>>, IServerScoped
{
    public Permission Required => Permission.Status;
}

public sealed class ListPendingActionsHandler(IPendingActionStore store, IContainerEngine engine, ICurrentActor actor)
    : IQueryHandler<ListPendingActions, Result<IReadOnlyList<PendingActionView>>>
{
    public async ValueTask<Result<IReadOnlyList<PendingActionView>>> Handle(ListPendingActions query, CancellationToken cancellationToken)
    {
        var all = await store.ListAsync(cancellationToken);
        if (all.Count == 0)
        {
            return Result<IReadOnlyList<PendingActionView>>.Success([]);
        }

        var inventory = await engine.ListServersAsync(cancellationToken);
        var visible = all.Where(p => actor.Rights.IsAdmin || inventory.Servers.Any(s =>
            string.Equals(s.Id.QualifiedName, p.Server, StringComparison.OrdinalIgnoreCase) && actor.Allows(s.Id, Permission.Status)));
        return Result<IReadOnlyList<PendingActionView>>.Success([.. visible.OrderBy(p => p.DueAt).Select(PendingActionView.Of)]);
    }
}
