using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Bot;

/// <summary>What the actor may do anywhere; help and autocomplete use it to offer only what works.</summary>
public sealed record GetActorRights : IQuery<Result<ActorRightsView>>, IRequiresRights, INotAudited;

public sealed class GetActorRightsHandler(ICurrentActor actor) : IQueryHandler<GetActorRights, Result<ActorRightsView>>
{
    public ValueTask<Result<ActorRightsView>> Handle(GetActorRights query, CancellationToken cancellationToken) =>
        ValueTask.FromResult<Result<ActorRightsView>>(new ActorRightsView(actor.Rights.IsAdmin, actor.Rights.Anywhere));
}

/// <summary>Whether the actor is an admin, and the union of the permissions granted to them on any server.</summary>
public sealed record ActorRightsView(bool IsAdmin, Permission Anywhere)
{
    public bool MayUse(Permission permission) => IsAdmin || (Anywhere & permission) == permission;
}
