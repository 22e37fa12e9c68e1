using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Watch;

/// <summary><c>maintenance list</c>: the windows in force, of the servers the actor may see (and <c>*</c>).</summary>
public sealed record ListMaintenance : IQuery<Result<MaintenanceList>>, IServerScoped, IAuditable, IHasAuditName
{
    public Permission Required => Permission.Status;

    public string AuditCommand => "maintenance list";

    public string AuditArguments => "";
}

/// <summary>One inventory call and one query; a window of a server the actor may not see is left out, as the overview leaves the server out.</summary>
public sealed class ListMaintenanceHandler(IContainerEngine engine, MaintenanceLookup maintenance, ICurrentActor actor)
    : IQueryHandler<ListMaintenance, Result<MaintenanceList>>
{
    public async ValueTask<Result<MaintenanceList>> Handle(ListMaintenance query, CancellationToken cancellationToken)
    {
        var active = await maintenance.LoadAsync(cancellationToken);
        var visible = active.Windows;
        if (!actor.Rights.IsAdmin && active.Windows.Any(w => !w.IsEverywhere))
        {
            var inventory = await engine.ListServersAsync(cancellationToken);
            var seen = inventory.Servers.Where(s => actor.Allows(s.Id, Permission.Status)).Select(s => s.Id.QualifiedName).ToHashSet(StringComparer.Ordinal);
            visible = [.. active.Windows.Where(w => w.IsEverywhere || seen.Contains(w.Scope))];
        }

        return new MaintenanceList(visible, active.Now);
    }
}

/// <summary>The windows the actor may see, ordered by scope, and the moment they were read.</summary>
public sealed record MaintenanceList(IReadOnlyList<MaintenanceView> Windows, DateTimeOffset Now);
