using System.Runtime.CompilerServices;
using System.Threading.Channels;
using ServerStatus.Application.Watch;

namespace ServerStatus.TestSupport.Fakes;

/// <summary>
/// In-process <see cref="IContainerEvents"/>: <see cref="Publish"/> appends to the engine's history and reaches the
/// current followers at once; a follow replays the history from <c>sinceNanos</c> (inclusive) and then goes on live.
/// <see cref="Break"/> makes current and later follows of an engine throw <see cref="EventStreamBrokenException"/>
/// until <see cref="Restore"/> (a current follow first hands on what was published before the break, as the real
/// stream hands on what it read before it broke).
/// </summary>
public sealed class InMemoryContainerEvents(params string[] engines) : IContainerEvents
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<ContainerEvent>> _history = engines.ToDictionary(e => e, _ => new List<ContainerEvent>(), StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _broken = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Engine, ChannelWriter<ContainerEvent> Writer)> _followers = [];

    public IReadOnlyList<string> Engines { get; } = engines;

    /// <summary>How many follows are connected now.</summary>
    public int Followers
    {
        get
        {
            lock (_gate)
            {
                return _followers.Count;
            }
        }
    }

    /// <summary>Appends <paramref name="event"/> to its engine's history and hands it to the engine's followers.</summary>
    public void Publish(ContainerEvent @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        lock (_gate)
        {
            if (!_history.TryGetValue(@event.Server.Engine, out var history))
            {
                throw new InvalidOperationException($"Engine {@event.Server.Engine} is not configured.");
            }

            history.Add(@event);
            foreach (var (_, writer) in _followers.Where(f => Same(f.Engine, @event.Server.Engine)))
            {
                writer.TryWrite(@event);
            }
        }
    }

    /// <summary>The engine's stream breaks now and cannot be followed until <see cref="Restore"/>.</summary>
    public void Break(string engine)
    {
        lock (_gate)
        {
            _broken.Add(engine);
            foreach (var (_, writer) in _followers.Where(f => Same(f.Engine, engine)))
            {
                writer.TryComplete(Broken(engine));
            }
        }
    }

    public void Restore(string engine)
    {
        lock (_gate)
        {
            _broken.Remove(engine);
        }
    }

    public async IAsyncEnumerable<ContainerEvent> FollowAsync(string engine, long? sinceNanos, [EnumeratorCancellation] CancellationToken ct)
    {
        var channel = Channel.CreateUnbounded<ContainerEvent>();
        var follower = (engine, channel.Writer);
        lock (_gate)
        {
            if (!_history.TryGetValue(engine, out var history))
            {
                throw new EventStreamBrokenException(engine, $"Docker engine `{engine}` is not configured.");
            }

            if (_broken.Contains(engine))
            {
                throw Broken(engine);
            }

            foreach (var replayed in history.Where(e => sinceNanos is { } since && e.TimeNanos >= since))
            {
                channel.Writer.TryWrite(replayed);
            }

            _followers.Add(follower);
        }

        try
        {
            await foreach (var @event in channel.Reader.ReadAllAsync(ct))
            {
                yield return @event;
            }
        }
        finally
        {
            lock (_gate)
            {
                _followers.Remove(follower);
            }
        }
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static EventStreamBrokenException Broken(string engine) =>
        new(engine, $"Docker engine `{engine}` is not reachable (the bot's log has the details).");
}
