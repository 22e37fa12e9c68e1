using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Common.Security;

/// <summary>A message whose handling depends on the actor's rights; the authorization behavior applies to these.</summary>
public interface IRequiresRights;

/// <summary>A message only admins may send; others get <c>Denied</c> before the handler runs.</summary>
public interface IAdminOnly : IRequiresRights;

/// <summary>
/// A message that acts on servers and needs a permission on each of them. The authorization
/// behavior resolves the actor's rights; the handler asks <see cref="ICurrentActor.MaySee"/> per server.
/// </summary>
public interface IServerScoped : IRequiresRights
{
    Permission Required { get; }
}
