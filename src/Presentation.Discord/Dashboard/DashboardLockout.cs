using Microsoft.Extensions.Options;

namespace ServerStatus.Presentation.Discord.Dashboard;

/// <summary>
/// Counts failed dashboard logins and locks out for <c>LockoutSeconds</c>: a client (see <see cref="DashboardClient"/>)
/// after <c>MaxFailures</c> failures in a row, and every client once <c>GlobalMaxFailures</c> failures from all clients
/// together fall within <c>LockoutSeconds</c> — someone guessing from many addresses, or through a proxy that passes on
/// made-up ones.
/// </summary>
public sealed partial class DashboardLockout(IOptions<DashboardAccessOptions> options, TimeProvider time, ILogger<DashboardLockout> logger)
{
    private readonly Lock _sync = new();
    private readonly Dictionary<string, Entry> _clients = new(StringComparer.Ordinal);
    private readonly Queue<DateTimeOffset> _recentFailures = new();
    private DateTimeOffset _everyoneLockedUntil = DateTimeOffset.MinValue;

    /// <summary>How long the client is still locked out (by its own failures or everyone's); null when it is not.</summary>
    public TimeSpan? LockedFor(string client)
    {
        var now = time.GetUtcNow();
        lock (_sync)
        {
            var until = _everyoneLockedUntil;
            if (_clients.TryGetValue(client, out var entry) && entry.LockedUntil is { } clientUntil)
            {
                if (clientUntil <= now)
                {
                    _clients.Remove(client);
                }
                else if (clientUntil > until)
                {
                    until = clientUntil;
                }
            }

            return until > now ? until - now : null;
        }
    }

    public void RecordFailure(string client)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var lockout = TimeSpan.FromSeconds(settings.LockoutSeconds);
        lock (_sync)
        {
            var failures = (_clients.TryGetValue(client, out var entry) ? entry.Failures : 0) + 1;
            _clients[client] = failures >= settings.MaxFailures ? new Entry(0, now + lockout) : new Entry(failures, entry?.LockedUntil);

            while (_recentFailures.TryPeek(out var oldest) && now - oldest >= lockout)
            {
                _recentFailures.Dequeue();
            }

            _recentFailures.Enqueue(now);
            if (_recentFailures.Count >= settings.GlobalMaxFailures)
            {
                _recentFailures.Clear();
                _everyoneLockedUntil = now + lockout;
                LogEveryoneLockedOut(settings.GlobalMaxFailures, settings.LockoutSeconds);
            }
        }
    }

    public void RecordSuccess(string client)
    {
        lock (_sync)
        {
            _clients.Remove(client);
        }
    }

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "{Failures} failed dashboard logins from all clients together: every client is locked out for {Seconds} s.")]
    private partial void LogEveryoneLockedOut(int failures, int seconds);

    private sealed record Entry(int Failures, DateTimeOffset? LockedUntil);
}
