using Mediator;
using ServerStatus.Application.Common.Auditing;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;

namespace ServerStatus.Application.Bot.GetActorRights;

/// <summary>What the actor may do anywhere; help and autocomplete use it to offer only what works.</summary>
public sealed record GetActorRights : IQuery<Result<ActorRightsView>>, IRequiresRights, INotAudited;
