using DiscordApi.Events;

namespace ServerStatus.Presentation.Discord.Bot;

/// <summary>
/// One user pressing the same component of the same message again (a double click, an impatient second press) is
/// handled once: while the first press runs, and for <see cref="Settle"/> after it, the repeats are only acknowledged.
/// A select menu counts as the same press only with the same choice.
/// </summary>
public sealed class ButtonPresses(TimeProvider time)
{
    public static readonly TimeSpan Settle = TimeSpan.FromSeconds(3);
    private const int SweepAbove = 1_000;

    private readonly Dictionary<PressKey, DateTimeOffset?> _presses = [];
    private readonly Lock _lock = new();

    /// <summary>The press to run, ended by disposing it; null when it repeats one that runs or has just run.</summary>
    public IDisposable? TryBegin(InteractionCreated interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var key = new PressKey(interaction.InvokerUserId, interaction.MessageId, interaction.Data.CustomId ?? "", string.Join('\u001f', interaction.Data.Values));
        var now = time.GetUtcNow();
        lock (_lock)
        {
            if (_presses.TryGetValue(key, out var endedAt) && (endedAt is null || now - endedAt < Settle))
            {
                return null;
            }

            if (_presses.Count > SweepAbove)
            {
                foreach (var old in _presses.Where(p => p.Value is { } ended && now - ended >= Settle).Select(p => p.Key).ToList())
                {
                    _presses.Remove(old);
                }
            }

            _presses[key] = null;
        }

        return new Press(this, key);
    }

    private void End(PressKey key)
    {
        lock (_lock)
        {
            _presses[key] = time.GetUtcNow();
        }
    }

    private sealed record PressKey(ulong UserId, ulong? MessageId, string CustomId, string Values);

    private sealed class Press(ButtonPresses presses, PressKey key) : IDisposable
    {
        private int _ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0)
            {
                presses.End(key);
            }
        }
    }
}
