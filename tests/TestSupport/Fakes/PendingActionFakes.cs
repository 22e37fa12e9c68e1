using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Games;
using ServerStatus.Application.Servers.Pending;
using ServerStatus.Domain.Servers;

namespace ServerStatus.TestSupport.Fakes;

/// <summary>Player counts read from a script per server: each read takes the next reading, the last one repeats; no script reads as no source.</summary>
public sealed class ScriptedPlayerCounts : IPlayerCounts
{
    private readonly Dictionary<string, Queue<PlayerReading>> _scripts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, PlayerReading> _last = new(StringComparer.OrdinalIgnoreCase);

    public void Script(string qualifiedName, params PlayerReading[] readings) => _scripts[qualifiedName] = new Queue<PlayerReading>(readings);

    public static PlayerReading Online(int count) => PlayerReading.Known(new PlayerCount(count, 20, []));

    public ValueTask<PlayerReading> ReadAsync(ServerId server, CancellationToken ct)
    {
        if (_scripts.TryGetValue(server.QualifiedName, out var script) && script.TryDequeue(out var next))
        {
            _last[server.QualifiedName] = next;
        }

        return ValueTask.FromResult(_last.GetValueOrDefault(server.QualifiedName, PlayerReading.NoSource));
    }
}

/// <summary>The wake-ups asked for, in order, for a test to fire (the Hangfire timer in the host).</summary>
public sealed class RecordingPendingActionTimer : IPendingActionTimer
{
    public List<(Guid Id, DateTimeOffset At)> WakeUps { get; } = [];

    public void WakeAt(Guid id, DateTimeOffset at) => WakeUps.Add((id, at));
}
