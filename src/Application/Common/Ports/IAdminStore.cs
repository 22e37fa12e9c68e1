using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Common.Ports;

/// <summary>Admins added from chat (configured admins are options, not stored).</summary>
public interface IAdminStore
{
    Task<bool> IsAdminAsync(ulong userId, CancellationToken ct);

    Task<IReadOnlyList<StoredAdmin>> ListAsync(CancellationToken ct);

    /// <summary>Returns false when the user already was a stored admin.</summary>
    Task<bool> AddAsync(StoredAdmin admin, CancellationToken ct);

    /// <summary>Returns false when the user was not a stored admin.</summary>
    Task<bool> RemoveAsync(ulong userId, CancellationToken ct);
}
