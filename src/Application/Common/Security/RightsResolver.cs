using Microsoft.Extensions.Options;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Common.Security;

/// <summary>Computes an actor's effective rights from configured admins, stored admins and grants.</summary>
public sealed class RightsResolver(IGrantStore grants, IAdminStore admins, IOptions<PermissionsOptions> options)
{
    public async Task<EffectiveRights> ResolveAsync(Actor actor, CancellationToken ct)
    {
        if (actor.IsSystem || IsConfiguredAdmin(actor.UserId))
        {
            return EffectiveRights.Administrator;
        }

        if (actor.UserId == 0)
        {
            return EffectiveRights.Nothing;
        }

        if (await admins.IsAdminAsync(actor.UserId, ct))
        {
            return EffectiveRights.Administrator;
        }

        var applicable = await grants.ListForAsync(actor.UserId, actor.GrantedRoleIds, ct);
        return EffectiveRights.For(actor.UserId, actor.GrantedRoleIds, isAdmin: false, applicable);
    }

    public bool IsConfiguredAdmin(ulong userId) => userId != 0 && options.Value.Admins.Contains(userId);
}
