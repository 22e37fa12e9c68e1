using ServerStatus.Application.Common.Ports;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.TestSupport.Fakes;

/// <summary>
/// In-process grant and admin stores with the semantics of the EF ones (idempotent add, remove reports, grants listed
/// by scope then subject, admins by user id), held to them by <c>GrantStoreContract</c> and <c>AdminStoreContract</c>.
/// </summary>
public sealed class InMemoryPermissionStores : IGrantStore, IAdminStore
{
    private readonly List<Grant> _grants = [];
    private readonly List<StoredAdmin> _admins = [];

    public Task<IReadOnlyList<Grant>> ListForAsync(ulong userId, IReadOnlyCollection<ulong> roleIds, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Grant>>([.. _grants.Where(g =>
            (g.SubjectKind == SubjectKind.User && g.SubjectId == userId) || (g.SubjectKind == SubjectKind.Role && roleIds.Contains(g.SubjectId)))]);

    public Task<IReadOnlyList<Grant>> ListAllAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Grant>>([.. _grants.OrderBy(g => g.Scope, StringComparer.Ordinal).ThenBy(g => g.SubjectKind).ThenBy(g => g.SubjectId)]);

    public Task<bool> AddAsync(Grant grant, CancellationToken ct)
    {
        if (_grants.Any(g => g.Subject == grant.Subject && g.Permission == grant.Permission && g.Scope == grant.Scope))
        {
            return Task.FromResult(false);
        }

        _grants.Add(grant);
        return Task.FromResult(true);
    }

    public Task<bool> RemoveAsync(Subject subject, Permission permission, GrantScope scope, CancellationToken ct) =>
        Task.FromResult(_grants.RemoveAll(g => g.Subject == subject && g.Permission == permission && g.Scope == scope.Value) > 0);

    public Task<bool> IsAdminAsync(ulong userId, CancellationToken ct) => Task.FromResult(_admins.Any(a => a.UserId == userId));

    public Task<IReadOnlyList<StoredAdmin>> ListAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<StoredAdmin>>([.. _admins.OrderBy(a => a.UserId)]);

    public Task<bool> AddAsync(StoredAdmin admin, CancellationToken ct)
    {
        if (_admins.Any(a => a.UserId == admin.UserId))
        {
            return Task.FromResult(false);
        }

        _admins.Add(admin);
        return Task.FromResult(true);
    }

    public Task<bool> RemoveAsync(ulong userId, CancellationToken ct) => Task.FromResult(_admins.RemoveAll(a => a.UserId == userId) > 0);
}
