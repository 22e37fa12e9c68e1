using Microsoft.Extensions.Logging;
using ServerStatus.Application.Common;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Servers.Pending;

namespace ServerStatus.Infrastructure.Scheduling;

/// <summary>What Hangfire invokes for a pending action's wake-up. Jobs kept in SQL Server storage name this interface.</summary>
public interface IPendingActionJob
{
    Task RunAsync(Guid id, DateTimeOffset at, CancellationToken ct);
}

/// <summary>Waits for the exact time of the wake-up (Hangfire starts it up to one polling interval early), then sends <see cref="AdvancePendingAction"/> with the system actor.</summary>
internal sealed partial class PendingActionJob(ActorScopedSender sender, TimeProvider time, ILogger<PendingActionJob> logger) : IPendingActionJob
{
    public async Task RunAsync(Guid id, DateTimeOffset at, CancellationToken ct)
    {
        var early = at - time.GetUtcNow();
        if (early > TimeSpan.Zero)
        {
            await Task.Delay(early < HangfirePendingActionTimer.PollingInterval * 2 ? early : HangfirePendingActionTimer.PollingInterval * 2, time, ct);
        }

        var result = await sender.SendAsync(Actor.System, new AdvancePendingAction(id), ct);
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"Pending action {id:N} failed: {string.Join(" ", result.Errors.Select(e => e.Message))}");
        }

        LogStep(id, result.Value);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Pending power action {Id}: {Summary}.")]
    private partial void LogStep(Guid id, string summary);
}
