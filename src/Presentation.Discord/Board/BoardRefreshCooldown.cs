using Microsoft.Extensions.Options;
using ServerStatus.Application.Board;

namespace ServerStatus.Presentation.Discord.Board;

/// <summary>
/// Each user may press a board's Refresh button once per <c>Board:RefreshCooldownSeconds</c>; a press within that
/// time is refused with the time it will be accepted again. Only presses that were accepted start the cooldown.
/// </summary>
public sealed class BoardRefreshCooldown(TimeProvider time, IOptions<BoardOptions> options)
{
    // Past this many remembered presses, the ones whose cooldown is over are forgotten.
    private const int PruneAbove = 1024;

    private readonly TimeSpan _cooldown = TimeSpan.FromSeconds(options.Value.RefreshCooldownSeconds);
    private readonly Dictionary<(ulong User, long Board), DateTimeOffset> _allowedAgain = [];
    private readonly Lock _lock = new();

    /// <summary>True when <paramref name="user"/> may refresh <paramref name="board"/> now (and the cooldown starts); else when they may again.</summary>
    public bool TryTake(ulong user, long board, out DateTimeOffset allowedAgain)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            if (_allowedAgain.TryGetValue((user, board), out allowedAgain) && now < allowedAgain)
            {
                return false;
            }

            if (_allowedAgain.Count > PruneAbove)
            {
                foreach (var over in _allowedAgain.Where(p => p.Value <= now).Select(p => p.Key).ToList())
                {
                    _allowedAgain.Remove(over);
                }
            }

            allowedAgain = now + _cooldown;
            _allowedAgain[(user, board)] = allowedAgain;
            return true;
        }
    }
}
