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
        var query = string.IsNullOrWhiteSpace(server) ? db.AuditEntries.AsNoTracking() : Naming(server);
        return await query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(Math.Clamp(count, 1, MaxCount)).ToListAsync(ct);
    }

    // Per server name: LIKE finds the candidates on the (Command, At) index, the exact name check drops "mc2" for "mc",
    // reading newest first only until the limit is reached.
    public async Task<IReadOnlyList<AuditEntry>> InRangeAsync(
        IReadOnlyCollection<string> servers, IReadOnlyCollection<string> commands, DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(servers);
        ArgumentNullException.ThrowIfNull(commands);
        var (start, end, kinds) = (from.ToUniversalTime(), to.ToUniversalTime(), commands.Distinct().ToList());
        var found = new Dictionary<long, AuditEntry>();
        foreach (var server in servers.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var candidates = Naming(server).Where(a => kinds.Contains(a.Command) && a.At >= start && a.At <= end)
                .OrderByDescending(a => a.At).ThenByDescending(a => a.Id).AsAsyncEnumerable();
            var taken = 0;
            await foreach (var entry in candidates.WithCancellation(ct))
            {
                if (taken >= limit)
                {
                    break;
                }

                if (entry.Names(server.Trim()))
                {
                    found.TryAdd(entry.Id, entry);
                    taken++;
                }
            }
        }

        return [.. found.Values.OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(Math.Max(0, limit)).Reverse()];
    }

    public async Task<int> PruneAsync(DateTimeOffset before, CancellationToken ct)
    {
        var utc = before.ToUniversalTime();
        return await db.AuditEntries.Where(a => a.At < utc).ExecuteDeleteAsync(ct);
    }

    // Servers is "a, b, c": a name is found in it, ignoring case (LIKE ignores ASCII case on SQLite and with SQL Server's
    // default collation); LIKE wildcards in the name are matched literally. It may also find longer names holding it.
    private IQueryable<AuditEntry> Naming(string server)
    {
        var pattern = "%" + server.Trim().Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal) + "%";
        return db.AuditEntries.AsNoTracking().Where(a => EF.Functions.Like(a.Servers, pattern, @"\"));
    }
}
