using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Bot.GetActorRights;

/// <summary>Whether the actor is an admin, and the union of the permissions granted to them on any server.</summary>
public sealed record ActorRightsView(bool IsAdmin, Permission Anywhere)
{
    public bool MayUse(Permission permission) => IsAdmin || (Anywhere & permission) == permission;
}
