using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Common.Ports;

/// <summary>Persisted grants.</summary>
public interface IGrantStore
{
    /// <summary>The grants of the user and of the given roles.</summary>
    Task<IReadOnlyList<Grant>> ListForAsync(ulong userId, IReadOnlyCollection<ulong> roleIds, CancellationToken ct);

    Task<IReadOnlyList<Grant>> ListAllAsync(CancellationToken ct);

    /// <summary>Adds the grant unless an identical one exists; returns false when it already existed.</summary>
    Task<bool> AddAsync(Grant grant, CancellationToken ct);

    /// <summary>Removes the grant of that subject, permission and scope; returns false when there was none.</summary>
    Task<bool> RemoveAsync(Subject subject, Permission permission, GrantScope scope, CancellationToken ct);
}
