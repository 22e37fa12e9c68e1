using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ServerStatus.Presentation.Discord.Dashboard;

/// <summary>Counts failed dashboard logins per remote address and locks an address out after too many.</summary>
public sealed class DashboardLockout(IOptions<DashboardAccessOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>How long the address is still locked out; null when it is not.</summary>
    public TimeSpan? LockedFor(string address)
    {
        if (_entries.TryGetValue(address, out var entry) && entry.LockedUntil is { } until)
        {
            var left = until - time.GetUtcNow();
            if (left > TimeSpan.Zero)
            {
                return left;
            }

            _entries.TryRemove(address, out _);
        }

        return null;
    }

    public void RecordFailure(string address)
    {
        var settings = options.Value;
        _entries.AddOrUpdate(
            address,
            _ => Next(new Entry(0, null)),
            (_, entry) => Next(entry));

        Entry Next(Entry entry)
        {
            var failures = entry.Failures + 1;
            return failures >= settings.MaxFailures
                ? new Entry(0, time.GetUtcNow().AddSeconds(settings.LockoutSeconds))
                : new Entry(failures, entry.LockedUntil);
        }
    }

    public void RecordSuccess(string address) => _entries.TryRemove(address, out _);

    private sealed record Entry(int Failures, DateTimeOffset? LockedUntil);
}
