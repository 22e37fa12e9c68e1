using System.Collections.Concurrent;

namespace ServerStatus.Application.Servers.Pending;

/// <summary>
/// How a pending action ended, told in-process to whoever waits for it (the Discord reply that shows its countdown, so
/// it can be edited). Nobody waits after a bot restart or past the reply's edit window: the end is then notified instead.
/// </summary>
public sealed class PendingActionSignals
{
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource<PendingOutcome>> _waiting = new();

    /// <summary>How it ended, or null when it did not end within <paramref name="max"/>.</summary>
    public async Task<PendingOutcome?> WaitAsync(Guid id, TimeSpan max, TimeProvider time, CancellationToken ct)
    {
        var waiter = _waiting.GetOrAdd(id, _ => new TaskCompletionSource<PendingOutcome>(TaskCreationOptions.RunContinuationsAsynchronously));
        try
        {
            return await waiter.Task.WaitAsync(max, time, ct);
        }
        catch (TimeoutException)
        {
            return null;
        }
        finally
        {
            _waiting.TryRemove(new KeyValuePair<Guid, TaskCompletionSource<PendingOutcome>>(id, waiter));
        }
    }

    /// <summary>Tells the waiter; false when nobody waits (the caller then notifies).</summary>
    public bool Complete(Guid id, PendingOutcome outcome) => _waiting.TryRemove(id, out var waiter) && waiter.TrySetResult(outcome);
}

/// <summary>How a pending action ended, as one sentence about its server.</summary>
public sealed record PendingOutcome(PendingEnd End, string Server, string Text)
{
    public bool IsFailure => End == PendingEnd.Failed;
}

public enum PendingEnd
{
    Ran,
    Failed,
    Cancelled,
    Replaced,
}
