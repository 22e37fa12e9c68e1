using Microsoft.Extensions.Hosting;

namespace ServerStatus.Infrastructure.Instances;

/// <summary>
/// Starts a hosted service only once the host has started (its listener bound: a host that fails to start starts
/// none of them) and this instance is the active one (at once, in the usual single-instance case); one that is not among
/// the first also waits at the <paramref name="gate"/> (null for the first).
/// </summary>
internal sealed class WhenActiveHostedService(
    IHostedService inner, ActiveInstanceLease lease, IHostApplicationLifetime lifetime, ActiveStartGate? gate, TimeProvider time) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _starting = Task.CompletedTask;
    private bool _started;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _starting = StartWhenActiveAsync(_stopping.Token);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _starting.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (_started)
        {
            await inner.StopAsync(cancellationToken);
        }
    }

    public void Dispose() => _stopping.Dispose();

    private static Task Cancelled(CancellationToken token)
    {
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        token.Register(() => cancelled.TrySetResult());
        return cancelled.Task;
    }

    private async Task StartWhenActiveAsync(CancellationToken ct)
    {
        await Cancelled(lifetime.ApplicationStarted).WaitAsync(ct);
        await lease.Active.WaitAsync(ct);
        if (gate is not null)
        {
            await gate.WaitAsync(time, ct);
        }

        try
        {
            await inner.StartAsync(ct);
            _started = true;
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            // As a failed start at host start-up would: the host stops (the exception is logged by the host's own log).
            lifetime.StopApplication();
            throw;
        }
    }
}
