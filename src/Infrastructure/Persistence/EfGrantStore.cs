using Microsoft.EntityFrameworkCore;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Infrastructure.Persistence;

public sealed class EfGrantStore(ServerStatusDbContext db) : IGrantStore
{
    public async Task<IReadOnlyList<Grant>> ListForAsync(ulong userId, IReadOnlyCollection<ulong> roleIds, CancellationToken ct) =>
        await db.Grants.AsNoTracking()
            .Where(g => (g.SubjectKind == SubjectKind.User && g.SubjectId == userId)
                || (g.SubjectKind == SubjectKind.Role && roleIds.Contains(g.SubjectId)))
            .ToListAsync(ct);

    public async Task<IReadOnlyList<Grant>> ListAllAsync(CancellationToken ct) =>
        await db.Grants.AsNoTracking().OrderBy(g => g.Scope).ThenBy(g => g.SubjectKind).ThenBy(g => g.SubjectId).ToListAsync(ct);

    public async Task<bool> AddAsync(Grant grant, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(grant);
        if (await Matching(grant.Subject, grant.Permission, grant.ScopeValue).AnyAsync(ct))
        {
            return false;
        }

        db.Grants.Add(grant);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // A concurrent identical grant may have won the unique index: then the grant exists, as asked.
            db.Entry(grant).State = EntityState.Detached;
            if (await Matching(grant.Subject, grant.Permission, grant.ScopeValue).AnyAsync(ct))
            {
                return false;
            }

            throw;
        }
    }

    public async Task<bool> RemoveAsync(Subject subject, Permission permission, GrantScope scope, CancellationToken ct) =>
        await Matching(subject, permission, scope).ExecuteDeleteAsync(ct) > 0;

    private IQueryable<Grant> Matching(Subject subject, Permission permission, GrantScope scope)
    {
        var scopeText = scope.Value;
        return db.Grants.Where(g => g.SubjectKind == subject.Kind && g.SubjectId == subject.Id
            && g.Permission == permission && g.Scope == scopeText);
    }
}
