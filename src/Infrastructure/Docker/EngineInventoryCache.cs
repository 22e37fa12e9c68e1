using System.Collections.Concurrent;
using Docker.DotNet.Models;

namespace ServerStatus.Infrastructure.Docker;

/// <summary>
/// The last container list of each engine, kept while that engine's event stream is followed
/// (<see cref="DockerContainerEvents"/>), so that the overview does not ask the engine again when nothing changed.
/// <para>
/// Trusted only while at least one event stream of the engine is connected (the engine has answered the events
/// request) and only if the list was asked for after it connected: every event read from the stream, every power
/// action of the bot, and every follower connecting or leaving invalidates the engine's list (a generation counter),
/// so the next caller lists again. Without a follower every call lists, as before. Callers that arrive while a
/// refresh is under way (and nothing changed since it began) share its one list call.
/// </para>
/// <para>
/// The list's status texts are relative to the moment they were made (<c>Up 5 minutes</c>,
/// <c>Exited (0) 2 hours ago</c>) and the list gives no exact start time to render them again. So a list whose texts
/// all are timeless (<c>Created</c>, <c>Dead</c>, <c>Removal In Progress</c>) is served until an event comes, and any
/// other list for at most <see cref="RelativeTextMaxAge"/> (one second: the texts' finest unit): states, health and
/// exit codes are exact (events say when they change), a relative text is never more than a second old.
/// </para>
/// <para>
/// The engine announces a change before its list shows it (Docker logs <c>die</c> before it stores the stopped state
/// where the list reads it), so a start or die read from the stream is remembered as what the container's state must
/// be (<see cref="Expect"/>); a refresh whose list still contradicts one lists again, every
/// <see cref="ContradictionRetryDelay"/> of real time (the engine catches up in real time, whatever clock serves the
/// lists), at most <see cref="ContradictionLists"/> times, after which the expectation is dropped.
/// </para>
/// </summary>
public sealed class EngineInventoryCache(TimeProvider time)
{
    /// <summary>How long a list with time-relative status texts is served.</summary>
    public static readonly TimeSpan RelativeTextMaxAge = TimeSpan.FromSeconds(1);

    /// <summary>How many lists a refresh makes at most while they contradict an event already read.</summary>
    public const int ContradictionLists = 30;

    /// <summary>The pause between two lists of a refresh that contradicted an event.</summary>
    public static readonly TimeSpan ContradictionRetryDelay = TimeSpan.FromMilliseconds(100);

    private static readonly string[] TimelessTexts = ["", "Created", "Dead", "Removal In Progress"];

    private readonly ConcurrentDictionary<string, EngineSlot> _engines = new(StringComparer.OrdinalIgnoreCase);
    private long _listCalls;

    /// <summary>The list calls made through this cache since it was created (for tests and diagnostics).</summary>
    public long ListCalls => Interlocked.Read(ref _listCalls);

    /// <summary>Whether at least one event stream of <paramref name="engine"/> is connected.</summary>
    public bool IsFollowed(string engine) => Slot(engine).IsFollowed;

    /// <summary>Marks <paramref name="engine"/>'s event stream as connected until the result is disposed.</summary>
    public IDisposable Follow(string engine)
    {
        var slot = Slot(engine);
        slot.ChangeFollowers(+1);
        return new Following(slot);
    }

    /// <summary>Something changed (or may have) on <paramref name="engine"/>: the next caller lists again.</summary>
    public void Invalidate(string engine) => Slot(engine).Invalidate();

    /// <summary>
    /// An event said container <paramref name="containerId"/> of <paramref name="engine"/> is now running (start) or not
    /// (die): the next caller lists again, and a list that still shows otherwise is not taken for the truth.
    /// </summary>
    public void Expect(string engine, string containerId, bool running) => Slot(engine).Expect(containerId, running);

    /// <summary>
    /// The engine's container list: the cached one while it is trusted, else from <paramref name="list"/> (which bounds
    /// its own time; a refresh shared by several callers is not cancelled by one of them leaving).
    /// </summary>
    public async Task<IList<ContainerListResponse>> GetAsync(string engine, Func<CancellationToken, Task<IList<ContainerListResponse>>> list, CancellationToken ct)
    {
        var slot = Slot(engine);
        var (cached, shared, owned) = slot.Decide(time.GetUtcNow());
        if (cached is not null)
        {
            return cached;
        }

        Interlocked.Increment(ref _listCalls);
        if (owned is null && shared is null)
        {
            return await list(ct);
        }

        if (owned is not null)
        {
            await slot.RefreshAsync(owned, list);
        }

        return await (owned ?? shared!).Completion.Task.WaitAsync(ct); // one of the two is set (checked above)
    }

    private EngineSlot Slot(string engine) => _engines.GetOrAdd(engine, _ => new EngineSlot());

    private sealed class Following(EngineSlot slot) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                slot.ChangeFollowers(-1);
            }
        }
    }

    private sealed record Snapshot(long Generation, DateTimeOffset At, IList<ContainerListResponse> Containers, bool Timeless);

    private sealed class Refresh(long generation, DateTimeOffset startedAt)
    {
        public long Generation { get; } = generation;

        public DateTimeOffset StartedAt { get; } = startedAt;

        public TaskCompletionSource<IList<ContainerListResponse>> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class EngineSlot
    {
        private readonly Lock _gate = new();
        private int _followers;
        private long _generation;
        private Snapshot? _snapshot;
        private Refresh? _refresh;
        private readonly Dictionary<string, (bool Running, long Generation)> _expected = new(StringComparer.Ordinal);

        public bool IsFollowed
        {
            get
            {
                lock (_gate)
                {
                    return _followers > 0;
                }
            }
        }

        public void ChangeFollowers(int by)
        {
            lock (_gate)
            {
                _followers += by;
                _generation++;
            }
        }

        public void Invalidate()
        {
            lock (_gate)
            {
                _generation++;
            }
        }

        public void Expect(string containerId, bool running)
        {
            lock (_gate)
            {
                _generation++;
                _expected[containerId] = (running, _generation);
            }
        }

        /// <summary>The cached list, or the refresh to join, or the refresh this caller owns; all null: list without the cache.</summary>
        public (IList<ContainerListResponse>? Cached, Refresh? Shared, Refresh? Owned) Decide(DateTimeOffset now)
        {
            lock (_gate)
            {
                if (_followers == 0)
                {
                    return (null, null, null);
                }

                if (_snapshot is { } snapshot && snapshot.Generation == _generation && (snapshot.Timeless || now - snapshot.At < RelativeTextMaxAge))
                {
                    return (snapshot.Containers, null, null);
                }

                if (_refresh is { } running && running.Generation == _generation)
                {
                    return (null, running, null);
                }

                _refresh = new Refresh(_generation, now);
                return (null, null, _refresh);
            }
        }

        public async Task RefreshAsync(Refresh refresh, Func<CancellationToken, Task<IList<ContainerListResponse>>> list)
        {
            try
            {
                var containers = await list(CancellationToken.None);
                for (var lists = 1; lists < ContradictionLists && Contradicts(containers); lists++)
                {
                    await Task.Delay(ContradictionRetryDelay, TimeProvider.System);
                    containers = await list(CancellationToken.None);
                }

                Settle(refresh.Generation);
                lock (_gate)
                {
                    // A refresh that began earlier but ended later never replaces a newer list.
                    if (_snapshot is null || _snapshot.Generation <= refresh.Generation)
                    {
                        _snapshot = new Snapshot(refresh.Generation, refresh.StartedAt, containers, containers.All(c => TimelessTexts.Contains(c.Status ?? "")));
                    }
                }

                refresh.Completion.TrySetResult(containers);
            }
            catch (Exception ex)
            {
                refresh.Completion.TrySetException(ex);
            }
            finally
            {
                lock (_gate)
                {
                    if (_refresh == refresh)
                    {
                        _refresh = null;
                    }
                }
            }
        }

        /// <summary>Whether the list shows a container in another state than the last event about it said.</summary>
        private bool Contradicts(IList<ContainerListResponse> containers)
        {
            lock (_gate)
            {
                return _expected.Count > 0 && containers.Any(c => c.ID is not null && _expected.TryGetValue(c.ID, out var expected) && IsRunning(c) != expected.Running);
            }
        }

        /// <summary>The expectations known when the refresh began are done with: its list confirmed them, or outlived them.</summary>
        private void Settle(long generation)
        {
            lock (_gate)
            {
                foreach (var settled in _expected.Where(e => e.Value.Generation <= generation).Select(e => e.Key).ToList())
                {
                    _expected.Remove(settled);
                }
            }
        }

        private static bool IsRunning(ContainerListResponse container) => string.Equals(container.State, "running", StringComparison.OrdinalIgnoreCase);
    }
}
