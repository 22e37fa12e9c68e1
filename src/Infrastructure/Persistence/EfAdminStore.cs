using Microsoft.EntityFrameworkCore;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Infrastructure.Persistence;

public sealed class EfAdminStore(ServerStatusDbContext db) : IAdminStore
{
    public Task<bool> IsAdminAsync(ulong userId, CancellationToken ct) =>
        db.Admins.AnyAsync(a => a.UserId == userId, ct);

    public async Task<IReadOnlyList<StoredAdmin>> ListAsync(CancellationToken ct) =>
        await db.Admins.AsNoTracking().OrderBy(a => a.UserId).ToListAsync(ct);

    public async Task<bool> AddAsync(StoredAdmin admin, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(admin);
        if (await IsAdminAsync(admin.UserId, ct))
        {
            return false;
        }

        db.Admins.Add(admin);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.Entry(admin).State = EntityState.Detached;
            if (await IsAdminAsync(admin.UserId, ct))
            {
                return false;
            }

            throw;
        }
    }

    public async Task<bool> RemoveAsync(ulong userId, CancellationToken ct) =>
        await db.Admins.Where(a => a.UserId == userId).ExecuteDeleteAsync(ct) > 0;
}
