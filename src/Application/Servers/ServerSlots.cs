using System.Collections.Concurrent;

namespace ServerStatus.Application.Servers;

/// <summary>
/// One <typeparamref name="TJob"/> per server at a time, by engine-qualified name (in this process): taking a server
/// that is taken fails and says what holds it. The callers choose to refuse rather than to queue.
/// </summary>
public sealed class ServerSlots<TJob>
    where TJob : struct, Enum
{
    private readonly ConcurrentDictionary<string, TJob> _running = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The server until the returned handle is disposed; null when <paramref name="holder"/> has it.</summary>
    public IDisposable? TryTake(string qualifiedName, TJob job, out TJob holder)
    {
        if (_running.TryAdd(qualifiedName, job))
        {
            holder = job;
            return new Release(this, qualifiedName);
        }

        // Released in between: say the job that was running a moment ago.
        holder = _running.TryGetValue(qualifiedName, out var held) ? held : job;
        return null;
    }

    public TJob? Current(string qualifiedName) => _running.TryGetValue(qualifiedName, out var job) ? job : null;

    private sealed class Release(ServerSlots<TJob> owner, string key) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                owner._running.TryRemove(key, out _);
            }
        }
    }
}
