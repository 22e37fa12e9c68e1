using Hangfire;
using ServerStatus.Application.Servers.Pending;

namespace ServerStatus.Infrastructure.Scheduling;

/// <summary>
/// The pending actions' timer on Hangfire's scheduled (one-off) jobs. Hangfire looks for due jobs only every few seconds
/// (<see cref="PollingInterval"/>), so a job is scheduled that much early and waits for the exact time itself
/// (<see cref="PendingActionJob"/>): announcements are said on time, not up to one polling interval late.
/// </summary>
public sealed class HangfirePendingActionTimer(IBackgroundJobClient jobs, TimeProvider time) : IPendingActionTimer
{
    /// <summary>Hangfire's schedule polling interval (<see cref="SchedulingSetup"/>).</summary>
    public static readonly TimeSpan PollingInterval = TimeSpan.FromSeconds(5);

    public void WakeAt(Guid id, DateTimeOffset at)
    {
        var early = at - PollingInterval;
        if (early <= time.GetUtcNow())
        {
            jobs.Enqueue<IPendingActionJob>(job => job.RunAsync(id, at, CancellationToken.None));
        }
        else
        {
            jobs.Schedule<IPendingActionJob>(job => job.RunAsync(id, at, CancellationToken.None), early);
        }
    }
}
