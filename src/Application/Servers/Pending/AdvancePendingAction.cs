using Microsoft.Extensions.Options;
using ServerStatus.Application.Common;
using ServerStatus.Application.Games;
using ServerStatus.Application.Servers.Announcements;

namespace ServerStatus.Application.Servers.Pending;

/// <summary>
/// One step of a pending action, sent by its timer job with the system actor: announce the marks reached, read the
/// player count of a wait for an empty server, or run it — as the requester, through <see cref="RunPowerAction"/>, so their
/// rights, maintenance windows, the power lock, <see cref="Watch.ServerPower"/> and the audit log all apply as if they
/// typed it then. Then it sets its next wake-up. Audited only when refused: the run itself is audited as the requester's.
/// </summary>
public sealed record AdvancePendingAction(Guid Id) : ICommand<Result<string>>, IAdminOnly, IAuditable, IAuditedOnlyWhenRefused
{
    public string AuditCommand => "pending";

    public string AuditArguments => Id.ToString("N");
}

public sealed class AdvancePendingActionHandler(
    IPendingActionStore store,
    IContainerEngine engine,
    IPlayerCounts players,
    ConsoleAnnouncer announcer,
    IPendingActionTimer timer,
    PendingActionSignals signals,
    ActorScopedSender sender,
    INotifier notifier,
    IOptions<GamesOptions> games,
    TimeProvider time) : ICommandHandler<AdvancePendingAction, Result<string>>
{
    public async ValueTask<Result<string>> Handle(AdvancePendingAction command, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(command.Id, cancellationToken) is not { } pending)
        {
            return "nothing pending (it ran, was cancelled or was replaced)";
        }

        var inventory = await engine.ListServersAsync(cancellationToken);
        var server = inventory.Servers.FirstOrDefault(s => string.Equals(s.Id.QualifiedName, pending.Server, StringComparison.OrdinalIgnoreCase));
        if (server is null)
        {
            return await ServerMissingAsync(pending, inventory, cancellationToken);
        }

        if (pending.Wait == PendingWait.WhenEmpty && await WaitForEmptyAsync(pending, server, cancellationToken) is { } waiting)
        {
            return waiting;
        }

        // A failed announcement does not stop the countdown (players may miss one line; the action still runs on time): it is in the job's log.
        var unsaid = "";
        while (true)
        {
            switch (AnnouncementPlan.Next(pending.DueAt, pending.MarkList, pending.AnnouncedDownTo, time.GetUtcNow()))
            {
                case CountdownStep.Announce announce:
                    var said = await announcer.AnnounceAsync(server.Id, AnnouncementPlan.Message(pending.Action, announce.Remaining, pending.Reason), cancellationToken);
                    unsaid = said.IsSuccess ? unsaid : $"; the {Durations.Format(announce.Mark)} announcement could not be sent: {said.Errors[0].Message}";
                    var firstAnnouncement = pending.AnnouncedDownTo is null;
                    pending.MarkAnnounced(announce.Mark);
                    if (!await store.UpdateAsync(pending, cancellationToken))
                    {
                        // Cancelled while this first line was being said: the cancel saw nothing announced, so the players hear it is off from here.
                        if (firstAnnouncement && said.IsSuccess)
                        {
                            await announcer.AnnounceAsync(server.Id, AnnouncementPlan.Cancelled(pending.Action), cancellationToken);
                        }

                        return "cancelled while announcing";
                    }

                    break;
                case CountdownStep.Wait wait:
                    timer.WakeAt(pending.Id, wait.Until);
                    return $"next step at {wait.Until:O}{unsaid}";
                default:
                    return await RunAsync(pending, cancellationToken) + unsaid;
            }
        }
    }

    // Null when the server is empty (run now) or the wait is over (a short countdown now); else what it is waiting for.
    private async Task<string?> WaitForEmptyAsync(PendingPowerAction pending, ServerSummary server, CancellationToken ct)
    {
        var reading = await players.ReadAsync(server.Id, ct);
        var now = time.GetUtcNow();
        if (reading.IsEmpty)
        {
            pending.FallBackToCountdown(TimeSpan.Zero, now);
            return null;
        }

        if (now >= pending.DueAt)
        {
            pending.FallBackToCountdown(pending.MarkList.Min(), now);
            return await store.UpdateAsync(pending, ct) ? null : "cancelled";
        }

        var next = now + TimeSpan.FromSeconds(games.Value.EmptyCheckSeconds);
        timer.WakeAt(pending.Id, next < pending.DueAt ? next : pending.DueAt);
        return $"{(reading.Count is { } count ? count.Online.ToString(System.Globalization.CultureInfo.InvariantCulture) : "?")} player(s) online; waiting";
    }

    private async Task<string> ServerMissingAsync(PendingPowerAction pending, ServerInventory inventory, CancellationToken ct)
    {
        var engineName = pending.Server[..pending.Server.IndexOf('/', StringComparison.Ordinal)];
        if (inventory.Problems.Any(p => string.Equals(p.Engine, engineName, StringComparison.OrdinalIgnoreCase)))
        {
            timer.WakeAt(pending.Id, time.GetUtcNow().AddSeconds(games.Value.EmptyCheckSeconds));
            return $"engine {engineName} did not answer; trying again";
        }

        if (await store.TryRemoveAsync(pending.Id, ct))
        {
            await FinishAsync(pending, new PendingOutcome(PendingEnd.Failed, pending.Name, $"was not {Done(pending.Action)}: the server no longer exists."), ct);
        }

        return "the server no longer exists";
    }

    private async Task<string> RunAsync(PendingPowerAction pending, CancellationToken ct)
    {
        if (!await store.TryRemoveAsync(pending.Id, ct))
        {
            return "already run or cancelled";
        }

        var report = await sender.SendAsync(pending.Requester, new RunPowerAction(pending.Action, [pending.Server]), ct);
        var line = report.IsSuccess ? report.Value.Servers[0] : ServerOutcome.From(pending.Name, report.Errors[0]);
        var outcome = line.Outcome == Outcome.Ok
            ? new PendingOutcome(PendingEnd.Ran, pending.Name, line.Message)
            : new PendingOutcome(PendingEnd.Failed, pending.Name, $"was not {Done(pending.Action)}: {line.Message}");
        await FinishAsync(pending, outcome, ct);
        return $"{pending.Name} {outcome.Text}";
    }

    private async Task FinishAsync(PendingPowerAction pending, PendingOutcome outcome, CancellationToken ct)
    {
        if (!signals.Complete(pending.Id, outcome))
        {
            await notifier.NotifyAsync(new PendingActionFinished(outcome, pending.RequestedBy), ct);
        }
    }

    private static string Done(PowerAction action) => action == PowerAction.Stop ? "stopped" : "restarted";
}
