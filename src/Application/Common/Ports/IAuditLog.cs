using ServerStatus.Domain.Audit;

namespace ServerStatus.Application.Common.Ports;

/// <summary>The persisted audit log.</summary>
public interface IAuditLog
{
    Task AppendAsync(AuditEntry entry, CancellationToken ct);

    /// <summary>The newest entries first; only those naming <paramref name="server"/> when given.</summary>
    Task<IReadOnlyList<AuditEntry>> RecentAsync(string? server, int count, CancellationToken ct);

    /// <summary>Deletes entries older than <paramref name="before"/>; returns how many.</summary>
    Task<int> PruneAsync(DateTimeOffset before, CancellationToken ct);
}
