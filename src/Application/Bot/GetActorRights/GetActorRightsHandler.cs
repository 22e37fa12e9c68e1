using Mediator;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;

namespace ServerStatus.Application.Bot.GetActorRights;

public sealed class GetActorRightsHandler(ICurrentActor actor) : IQueryHandler<GetActorRights, Result<ActorRightsView>>
{
    public ValueTask<Result<ActorRightsView>> Handle(GetActorRights query, CancellationToken cancellationToken) =>
        ValueTask.FromResult<Result<ActorRightsView>>(new ActorRightsView(actor.Rights.IsAdmin, actor.Rights.Anywhere));
}
