namespace DiscordApi.Rest;

/// <summary>An async mutual-exclusion lock that hands over to waiters strictly in arrival order.</summary>
internal sealed class AsyncFifoLock
{
    private readonly Lock _sync = new();
    private readonly LinkedList<TaskCompletionSource> _waiters = new();
    private bool _held;

    public int QueueLength
    {
        get
        {
            lock (_sync)
            {
                return _waiters.Count;
            }
        }
    }

    public async Task<Releaser> AcquireAsync(CancellationToken ct)
    {
        TaskCompletionSource waiter;
        LinkedListNode<TaskCompletionSource> node;
        lock (_sync)
        {
            if (!_held)
            {
                _held = true;
                return new Releaser(this);
            }

            waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            node = _waiters.AddLast(waiter);
        }

        try
        {
            await waiter.Task.WaitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            lock (_sync)
            {
                if (!waiter.Task.IsCompleted)
                {
                    _waiters.Remove(node);
                    throw;
                }
            }

            Release(); // handed over at the same moment: pass it on
            throw;
        }

        return new Releaser(this);
    }

    private void Release()
    {
        lock (_sync)
        {
            if (_waiters.First is { } next)
            {
                _waiters.RemoveFirst();
                next.Value.SetResult();
            }
            else
            {
                _held = false;
            }
        }
    }

    public readonly struct Releaser(AsyncFifoLock owner) : IDisposable
    {
        public void Dispose() => owner?.Release();
    }
}
