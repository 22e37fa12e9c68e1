using Microsoft.EntityFrameworkCore;
using ServerStatus.Application.Permissions.ImportLegacyPermissions;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Infrastructure.Persistence;

public sealed class EfLegacyImportStore(ServerStatusDbContext db) : ILegacyImportStore
{
    public Task<bool> WasImportedAsync(string fileHash, CancellationToken ct) =>
        db.LegacyImports.AnyAsync(i => i.FileHash == fileHash, ct);

    public async Task RecordAsync(LegacyImport import, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(import);
        if (await WasImportedAsync(import.FileHash, ct))
        {
            return;
        }

        db.LegacyImports.Add(import);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A concurrent import of the same file may have won the unique index: then it is recorded, as asked.
            db.Entry(import).State = EntityState.Detached;
            if (!await WasImportedAsync(import.FileHash, ct))
            {
                throw;
            }
        }
    }
}
