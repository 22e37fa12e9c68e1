using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Common.Security;

/// <summary>
/// A message that acts on servers and needs a permission on each of them. The authorization
/// behavior resolves the actor's rights; the handler asks <see cref="ICurrentActor.MaySee"/> per server.
/// </summary>
public interface IServerScoped : IRequiresRights
{
    Permission Required { get; }
}
