using ServerStatus.Domain.Audit;

namespace ServerStatus.Application.Common.Ports;

/// <summary>The persisted audit log.</summary>
public interface IAuditLog
{
    Task AppendAsync(AuditEntry entry, CancellationToken ct);

    /// <summary>The newest entries first; only those naming <paramref name="server"/> when given.</summary>
    Task<IReadOnlyList<AuditEntry>> RecentAsync(string? server, int count, CancellationToken ct);

    /// <summary>
    /// The entries from <paramref name="from"/> to <paramref name="to"/> (both included) that ran one of
    /// <paramref name="commands"/> (as recorded, e.g. <c>restart</c>) and name one of <paramref name="servers"/> exactly (a
    /// name in the entry's list, ignoring case), oldest first; the newest <paramref name="limit"/> when there are more.
    /// </summary>
    Task<IReadOnlyList<AuditEntry>> InRangeAsync(
        IReadOnlyCollection<string> servers, IReadOnlyCollection<string> commands, DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken ct);

    /// <summary>Deletes entries older than <paramref name="before"/>; returns how many.</summary>
    Task<int> PruneAsync(DateTimeOffset before, CancellationToken ct);
}
