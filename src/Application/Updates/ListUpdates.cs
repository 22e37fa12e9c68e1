using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Updates;

/// <summary><c>updates</c>: the pending updates of the servers the actor may see (a hidden server's is never shown), by server.</summary>
public sealed record ListUpdates : IQuery<Result<IReadOnlyList<PendingUpdateView>>>, IServerScoped
{
    public Permission Required => Permission.Status;
}

/// <summary>Nothing to check: the message carries no data.</summary>
public sealed class ListUpdatesValidator : AbstractValidator<ListUpdates>;

public sealed class ListUpdatesHandler(IPendingUpdateStore store, IContainerEngine engine, ICurrentActor actor)
    : IQueryHandler<ListUpdates, Result<IReadOnlyList<PendingUpdateView>>>
{
    public async ValueTask<Result<IReadOnlyList<PendingUpdateView>>> Handle(ListUpdates query, CancellationToken cancellationToken)
    {
        var all = await store.ListAsync(cancellationToken);
        if (all.Count == 0 || actor.Rights.IsAdmin)
        {
            return Result<IReadOnlyList<PendingUpdateView>>.Success([.. all.Select(PendingUpdateView.Of)]);
        }

        var inventory = await engine.ListServersAsync(cancellationToken);
        var visible = inventory.Servers.Where(s => actor.Allows(s.Id, Permission.Status)).Select(s => s.Id.QualifiedName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Result<IReadOnlyList<PendingUpdateView>>.Success([.. all.Where(p => visible.Contains(p.Server)).Select(PendingUpdateView.Of)]);
    }
}
