using System.Collections.Concurrent;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Common.Cooldowns;

/// <summary>
/// When each user may run a command on a server again. Kept in memory: a bot restart forgets them, which errs
/// on the side of letting people act.
/// </summary>
public sealed class CommandCooldowns(TimeProvider time)
{
    private const int SweepAbove = 1_000;
    private readonly ConcurrentDictionary<CooldownKey, DateTimeOffset> _until = new();

    /// <summary>When the user may run the command on the server again, or null when they may now.</summary>
    public DateTimeOffset? BlockedUntil(ulong userId, string command, ServerId server)
    {
        var key = new CooldownKey(userId, command.ToLowerInvariant(), server.QualifiedName.ToLowerInvariant());
        return _until.TryGetValue(key, out var until) && until > time.GetUtcNow() ? until : null;
    }

    public void Start(ulong userId, string command, ServerId server, TimeSpan cooldown)
    {
        var now = time.GetUtcNow();
        if (_until.Count > SweepAbove)
        {
            foreach (var expired in _until.Where(entry => entry.Value <= now).Select(entry => entry.Key).ToList())
            {
                _until.TryRemove(expired, out _);
            }
        }

        _until[new CooldownKey(userId, command.ToLowerInvariant(), server.QualifiedName.ToLowerInvariant())] = now + cooldown;
    }

    private sealed record CooldownKey(ulong UserId, string Command, string Server);
}
