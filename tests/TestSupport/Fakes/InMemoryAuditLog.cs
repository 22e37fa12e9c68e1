using ServerStatus.Application.Common.Ports;
using ServerStatus.Domain.Audit;

namespace ServerStatus.TestSupport.Fakes;

/// <summary>
/// An in-process audit log with the semantics of the EF one (newest first, the later appended first at the same
/// instant), held to it by <c>AuditLogContract</c>; <see cref="FailWrites"/> makes appends throw.
/// </summary>
public sealed class InMemoryAuditLog : IAuditLog
{
    private readonly List<AuditEntry> _entries = [];

    public bool FailWrites { get; set; }

    public IReadOnlyList<AuditEntry> Entries => _entries;

    public Task AppendAsync(AuditEntry entry, CancellationToken ct)
    {
        if (FailWrites)
        {
            throw new InvalidOperationException("The audit store is down.");
        }

        _entries.Add(entry);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditEntry>> RecentAsync(string? server, int count, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<AuditEntry>>([.. _entries
            .Where(e => server is null || e.Servers.Contains(server, StringComparison.OrdinalIgnoreCase))
            .Select((e, appended) => (Entry: e, Appended: appended))
            .OrderByDescending(e => e.Entry.At)
            .ThenByDescending(e => e.Appended)
            .Select(e => e.Entry)
            .Take(Math.Clamp(count, 1, 100))]);

    public Task<IReadOnlyList<AuditEntry>> InRangeAsync(
        IReadOnlyCollection<string> servers, IReadOnlyCollection<string> commands, DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<AuditEntry>>([.. _entries
            .Select((e, appended) => (Entry: e, Appended: appended))
            .Where(e => e.Entry.At >= from && e.Entry.At <= to && commands.Contains(e.Entry.Command) && servers.Any(e.Entry.Names))
            .OrderByDescending(e => e.Entry.At)
            .ThenByDescending(e => e.Appended)
            .Take(Math.Max(0, limit))
            .Reverse()
            .Select(e => e.Entry)]);

    public Task<int> PruneAsync(DateTimeOffset before, CancellationToken ct) =>
        Task.FromResult(_entries.RemoveAll(e => e.At < before));
}
