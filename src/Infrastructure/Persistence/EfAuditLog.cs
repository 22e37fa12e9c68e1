using Microsoft.EntityFrameworkCore;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Domain.Audit;

namespace ServerStatus.Infrastructure.Persistence;

public sealed class EfAuditLog(ServerStatusDbContext db) : IAuditLog
{
    public const int MaxCount = 100;

    public async Task AppendAsync(AuditEntry entry, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entry);
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<AuditEntry>> RecentAsync(string? server, int count, CancellationToken ct)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(server))
        {
            // Servers is "a, b, c": a name is found in it, ignoring case (LIKE ignores ASCII case on SQLite and
            // with SQL Server's default collation); LIKE wildcards in the name are matched literally.
            var pattern = "%" + server.Trim().Replace(@"\", @"\\", StringComparison.Ordinal)
                .Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal) + "%";
            query = query.Where(a => EF.Functions.Like(a.Servers, pattern, @"\"));
        }

        return await query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(Math.Clamp(count, 1, MaxCount)).ToListAsync(ct);
    }

    public async Task<int> PruneAsync(DateTimeOffset before, CancellationToken ct)
    {
        var utc = before.ToUniversalTime();
        return await db.AuditEntries.Where(a => a.At < utc).ExecuteDeleteAsync(ct);
    }
}
