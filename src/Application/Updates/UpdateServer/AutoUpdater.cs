using Microsoft.Extensions.Options;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Watch;

namespace ServerStatus.Application.Updates.UpdateServer;

/// <summary>
/// The check job's part for servers labelled <c>serverstatus.update=auto</c>: a newer image found inside the auto-update
/// window (<see cref="UpdatesOptions.AutoWindow"/> for <see cref="UpdatesOptions.AutoWindowMinutes"/>) and outside
/// maintenance is applied at once behind the same safety net as <c>update</c>, and the alert channel is told how it ended.
/// </summary>
public sealed class AutoUpdater(
    ServerJobLocks locks,
    IServerRecreator recreator,
    UpdateRunner runner,
    MaintenanceLookup maintenance,
    INotifier notifier,
    IJobProgress progress,
    TimeProvider time,
    IOptions<UpdatesOptions> options) : IAutoUpdate
{
    /// <summary>Whether <paramref name="at"/> lies in an auto-update window: one began at most <see cref="UpdatesOptions.AutoWindowMinutes"/> before.</summary>
    public static bool InWindow(UpdatesOptions options, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(options);
        return CronSchedule.TryParse(options.AutoWindow, out var window)
            && window.NextAfter(at.AddMinutes(-options.AutoWindowMinutes).AddTicks(-1)) is { } begun && begun <= at;
    }

    /// <summary>Updates the server when the window allows it; the outcome (null when it was not the time or the server was busy).</summary>
    public async Task<UpdateOutcome?> UpdateAsync(ServerSummary server, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(server);
        if (!InWindow(options.Value, time.GetUtcNow()) || (await maintenance.LoadAsync(ct)).For(server.Id) is not null)
        {
            return null;
        }

        var held = locks.TryAcquire(server.Id, ServerJob.Update);
        if (!held.IsSuccess)
        {
            return null;
        }

        using var _ = held.Value;
        var current = await recreator.DescribeAsync(server.Id, ct);
        if (!current.IsSuccess)
        {
            return null;
        }

        var pulled = await recreator.PullAsync(server.Id.Engine, current.Value.Reference, progress, ct);
        if (!pulled.IsSuccess || pulled.Value == current.Value.ImageId)
        {
            return null;
        }

        var outcome = await runner.RunAsync(server, current.Value, pulled.Value, data: null, ct);
        var told = outcome.IsSuccess ? outcome.Value : new UpdateOutcome(0, server.Id.Name, false, null, outcome.Errors[0].Message, [], current.Value.IsComposeManaged);
        await notifier.NotifyAsync(new UpdateFinished("Automatic update", told), ct);
        return told;
    }
}

/// <summary>What the check job asks of auto-updates: update this server now if the window allows (the outcome, or null when not now).</summary>
public interface IAutoUpdate
{
    Task<UpdateOutcome?> UpdateAsync(ServerSummary server, CancellationToken ct);
}

/// <summary>An update nobody was waiting for (automatic, or made good at start-up) ended: for the alert channel.</summary>
public sealed record UpdateFinished(string What, UpdateOutcome Outcome) : Notification
{
    public override bool IsFailure => !Outcome.Good;

    public override NotificationChannel Channel => NotificationChannel.Alerts;
}
