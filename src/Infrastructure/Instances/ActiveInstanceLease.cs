using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ServerStatus.Infrastructure.Instances;

/// <summary>
/// Makes this bot instance the active one of its database, or a standby. At start it tries to take the lease; the
/// active instance renews it every third of <see cref="InstanceOptions.LeaseSeconds"/>, a standby tries as often and
/// becomes active once the lease has expired (its holder was killed or lost its database). An active instance that
/// finds the lease taken by another, or could not renew it before it expired, stops: two active instances would both
/// answer every command and run every job. A lease left by a predecessor on this machine that no longer runs (killed, then
/// restarted by its service manager) is taken over at once (<see cref="InstanceIdentity"/>).
/// </summary>
public sealed partial class ActiveInstanceLease(
    LeaseTable table,
    InstanceIdentity identity,
    IOptions<InstanceOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<ActiveInstanceLease> logger) : IHostedService, IDisposable
{
    public const string LeaseName = "active";

    private readonly TaskCompletionSource _active = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stopping = new();
    private Task _loop = Task.CompletedTask;
    private DateTimeOffset _heldUntil;

    /// <summary>This instance as the lease names it: host, process, a random part and where it runs.</summary>
    public string Holder { get; } = identity.Holder;

    /// <summary>Completes when this instance becomes the active one.</summary>
    public Task Active => _active.Task;

    public bool IsActive => _active.Task.IsCompleted;

    /// <summary>The active instance as a standby last saw it (null while active, or when nobody held the lease).</summary>
    public string? ActiveElsewhere { get; private set; }

    /// <summary>Whether this instance was active and lost the lease, and is stopping for it.</summary>
    public bool Lost { get; private set; }

    private TimeSpan Lease => TimeSpan.FromSeconds(options.Value.LeaseSeconds);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await TryTakeAsync(cancellationToken);
        if (!IsActive)
        {
            LogStandby(Holder, ActiveElsewhere ?? "another instance", options.Value.LeaseSeconds);
        }

        _loop = KeepAsync(_stopping.Token);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (IsActive && !Lost)
        {
            try
            {
                await table.ReleaseAsync(LeaseName, Holder, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogReleaseFailed(ex);
            }
        }
    }

    public void Dispose() => _stopping.Dispose();

    private async Task KeepAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(Lease / 3, time);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                var wasActive = IsActive;
                var held = await TryTakeAsync(ct);
                if (wasActive && (held == false || (held is null && time.GetUtcNow() >= _heldUntil)))
                {
                    Lost = true;
                    LogLost(Holder);
                    lifetime.StopApplication();
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>Takes or renews the lease: true when held, false when another holds it, null when the database did not answer.</summary>
    private async Task<bool?> TryTakeAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        try
        {
            if (await table.TryTakeAsync(LeaseName, Holder, now, now + Lease, ct) || await TakeOverFromGonePredecessorAsync(now, ct))
            {
                _heldUntil = now + Lease;
                ActiveElsewhere = null;
                if (_active.TrySetResult())
                {
                    LogActive(Holder);
                }

                return true;
            }

            ActiveElsewhere = await table.HolderAsync(LeaseName, now, ct);
            return false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogLeaseUnreachable(ex);
            return null;
        }
    }

    private async Task<bool> TakeOverFromGonePredecessorAsync(DateTimeOffset now, CancellationToken ct)
    {
        if (await table.HolderAsync(LeaseName, now, ct) is not { } holder || !identity.IsGonePredecessor(holder)
            || !await table.TryTakeOverAsync(LeaseName, holder, Holder, now + Lease, ct))
        {
            return false;
        }

        LogTookOver(holder);
        return true;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "This instance ({Holder}) is the active one: it connects to Discord and runs the jobs")]
    private partial void LogActive(string holder);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Standby: {Active} is the active instance of this database; this instance ({Holder}) does not connect to Discord or run jobs, and takes over within {LeaseSeconds} s if the active one stops")]
    private partial void LogStandby(string holder, string active, int leaseSeconds);

    [LoggerMessage(EventId = 3, Level = LogLevel.Critical, Message = "This instance ({Holder}) lost the lease of the active instance (another took over, or the database did not answer in time); stopping so that only one instance is active")]
    private partial void LogLost(string holder);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Could not reach the database to take or renew the instance lease")]
    private partial void LogLeaseUnreachable(Exception exception);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Could not give up the instance lease at shutdown; a standby takes over when it expires")]
    private partial void LogReleaseFailed(Exception exception);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "The lease of the active instance was left by {Holder}, which ran on this machine and no longer does: taken over at once")]
    private partial void LogTookOver(string holder);
}
