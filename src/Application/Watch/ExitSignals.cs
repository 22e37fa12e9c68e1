using System.Collections.Concurrent;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Watch;

/// <summary>
/// The kill signals and OOM kills the engine reported for a container just before it died (a singleton): the die
/// event itself only has the exit code, so these say whether it was stopped, killed or out of memory.
/// </summary>
public sealed class ExitSignals
{
    public const int SigTerm = 15;

    // A stop sends SIGTERM and, after the stop timeout (at most minutes), SIGKILL: both still explain the exit.
    private static readonly TimeSpan Memory = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, Noted> _noted = new(StringComparer.Ordinal);

    public void Note(ContainerEvent change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var key = change.Server.Engine + "/" + change.Server.ContainerId;
        _noted.AddOrUpdate(
            key,
            _ => Noted.Empty.With(change),
            (_, noted) => (change.At - noted.At > Memory ? Noted.Empty : noted).With(change));
    }

    /// <summary>What was noted for the container before its exit at <paramref name="at"/>; forgotten afterwards.</summary>
    public ExitCause Take(ServerId server, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(server);
        return _noted.TryRemove(server.Engine + "/" + server.ContainerId, out var noted) && at - noted.At <= Memory
            ? new ExitCause(noted.Oom, noted.Terminated, noted.LastSignal)
            : ExitCause.None;
    }

    private sealed record Noted(DateTimeOffset At, bool Oom, bool Terminated, int? LastSignal)
    {
        public static Noted Empty { get; } = new(DateTimeOffset.MinValue, false, false, null);

        public Noted With(ContainerEvent change) => change.Kind switch
        {
            ContainerEventKind.Oom => this with { At = change.At, Oom = true },
            ContainerEventKind.Kill => this with { At = change.At, Terminated = Terminated || change.Signal == SigTerm, LastSignal = change.Signal },
            _ => this,
        };
    }
}

/// <summary>Why a container died, from the events before its die event.</summary>
/// <param name="Terminated">A SIGTERM came first (a stop).</param>
/// <param name="Signal">The last signal sent to it.</param>
public sealed record ExitCause(bool Oom, bool Terminated, int? Signal)
{
    public static ExitCause None { get; } = new(false, false, null);
}
