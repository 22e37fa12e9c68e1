namespace ServerStatus.TestSupport;

/// <summary>
/// The one way these tests wait for what happens on its own time (a container's state, the bot's answer, a log
/// line, a heartbeat): poll on one monotonic clock until the condition holds, or fail after the timeout with a
/// <see cref="TimeoutException"/> that says what was awaited (and, where given, what was seen instead).
/// No fixed sleeps as synchronisation.
/// </summary>
public static class Eventually
{
    /// <summary>Long enough for a busy 2-core machine; a condition that holds returns at once.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);

    /// <summary>Waits until <paramref name="condition"/> holds; <paramref name="what"/> completes "waited until …".</summary>
    public static Task HoldsAsync(Func<bool> condition, string what, TimeSpan? timeout = null, Func<string>? seen = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return PollAsync(() => Task.FromResult(condition()), held => held, what, timeout, seen is null ? null : _ => seen());
    }

    /// <summary>Waits until the asynchronous <paramref name="condition"/> holds (e.g. a question to the engine or the host).</summary>
    public static Task HoldsAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null, Func<string>? seen = null) =>
        PollAsync(condition, held => held, what, timeout, seen is null ? null : _ => seen());

    /// <summary>The first value <paramref name="probe"/> returns that is not null.</summary>
    public static Task<T> ValueAsync<T>(Func<T?> probe, string what, TimeSpan? timeout = null, Func<string>? seen = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(probe);
        return PollAsync(() => Task.FromResult(probe()), value => value is not null, what, timeout, seen is null ? null : _ => seen())!;
    }

    /// <summary>The first value of <paramref name="probe"/> that is <paramref name="ready"/>; on timeout the message shows the last one.</summary>
    public static Task<T> ValueAsync<T>(Func<Task<T>> probe, Func<T, bool> ready, string what, TimeSpan? timeout = null) =>
        PollAsync(probe, ready, what, timeout, last => $"{last}");

    private static async Task<T> PollAsync<T>(Func<Task<T>> probe, Func<T, bool> ready, string what, TimeSpan? timeout, Func<T, string>? seen)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(ready);
        var limit = timeout ?? DefaultTimeout;
        var started = TimeProvider.System.GetTimestamp();
        while (true)
        {
            var value = await probe();
            if (ready(value))
            {
                return value;
            }

            if (TimeProvider.System.GetElapsedTime(started) > limit)
            {
                var instead = seen is null ? "" : $" Seen instead: {seen(value)}";
                throw new TimeoutException(FormattableString.Invariant($"Waited {limit.TotalSeconds:0.#} s in vain until {what}.{instead}"));
            }

            await Task.Delay(Interval);
        }
    }
}
