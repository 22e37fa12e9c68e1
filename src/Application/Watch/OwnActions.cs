using System.Collections.Concurrent;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Watch;

/// <summary>What the bot itself did to a server's container, so that its events are not mistaken for incidents.</summary>
public enum OwnAction
{
    Start,
    Stop,
    Restart,
    Kill,
}

/// <summary>
/// The power actions the bot is doing or has just done (a singleton, per bot process). The engine's events of an own
/// stop arrive while or just after the call returns, so an action explains events from its start until
/// <see cref="Grace"/> after it ended. Also answers who brought a server back.
/// </summary>
public sealed class OwnActions(TimeProvider time)
{
    /// <summary>How long after an action ended its events are still its own.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(15);

    private readonly ConcurrentDictionary<string, Entry> _latest = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Records an action on the server by <paramref name="actor"/> until the returned handle is disposed (plus the grace).</summary>
    public IDisposable Begin(ServerId server, OwnAction action, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(actor);
        var entry = new Entry(action, actor, time.GetUtcNow(), time);
        _latest[server.QualifiedName] = entry;
        return entry;
    }

    /// <summary>The bot's action that explains an exit of the server at <paramref name="at"/>, if any (a stop, kill or restart).</summary>
    public OwnActionRecord? ExplainingExit(ServerId server, DateTimeOffset at) =>
        Current(server, at) is { Action: not OwnAction.Start } entry ? entry.Record : null;

    /// <summary>The bot's action that explains a start of the server at <paramref name="at"/>, if any (a start or restart).</summary>
    public OwnActionRecord? ExplainingStart(ServerId server, DateTimeOffset at) =>
        Current(server, at) is { Action: OwnAction.Start or OwnAction.Restart } entry ? entry.Record : null;

    private Entry? Current(ServerId server, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(server);
        return _latest.TryGetValue(server.QualifiedName, out var entry) && entry.Covers(at) ? entry : null;
    }

    private sealed class Entry(OwnAction action, Actor actor, DateTimeOffset began, TimeProvider time) : IDisposable
    {
        private long _endedTicks = long.MaxValue;

        public OwnAction Action => action;

        public OwnActionRecord Record => new(action, actor);

        // Events carry the engine's clock, which may run a little behind ours.
        public bool Covers(DateTimeOffset at)
        {
            var ended = Interlocked.Read(ref _endedTicks);
            return at >= began - TimeSpan.FromSeconds(2) && (ended == long.MaxValue || at.UtcTicks <= ended + Grace.Ticks);
        }

        public void Dispose() => Interlocked.Exchange(ref _endedTicks, time.GetUtcNow().UtcTicks);
    }
}

/// <summary>A power action the bot did, and for whom.</summary>
public sealed record OwnActionRecord(OwnAction Action, Actor Actor);
