namespace ServerStatus.Infrastructure.Instances;

/// <summary>
/// Gives the services that connect the bot to Discord a head start once this instance is active: on two cores the
/// others' start-up (jobs, the event watch, sampling) would otherwise compete with the gateway's, and users wait for the
/// bot to be online. The rest start when the bot is ready (<see cref="Open"/>) or after <see cref="MaxHeadStart"/>,
/// whichever comes first, so that Discord being down never holds them back for long.
/// </summary>
public sealed class ActiveStartGate
{
    /// <summary>The longest the other services wait for the bot to be ready.</summary>
    public static readonly TimeSpan MaxHeadStart = TimeSpan.FromSeconds(5);

    private readonly TaskCompletionSource _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The bot is ready (its first gateway session): the other services may start.</summary>
    public void Open() => _opened.TrySetResult();

    /// <summary>Completes when the gate opens or <see cref="MaxHeadStart"/> has passed.</summary>
    public Task WaitAsync(TimeProvider time, CancellationToken ct) =>
        Task.WhenAny(_opened.Task, Task.Delay(MaxHeadStart, time, ct));
}
