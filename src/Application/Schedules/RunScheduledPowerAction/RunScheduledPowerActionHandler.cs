using ServerStatus.Application.Backups;
using ServerStatus.Application.Servers;
using ServerStatus.Domain.Permissions;
using ServerStatus.Domain.Schedules;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Schedules.RunScheduledPowerAction;

/// <summary>
/// One run of a power schedule or chain. The author's rights are resolved afresh (admin, or personal grants; roles
/// cannot be known without the guild): an author who may no longer do every step fails the run, denied. Then the
/// server's job lock is taken for the whole run, the steps run one after another (<see cref="ChainRunner"/>), the run
/// is recorded on the schedule and the notification channel is told either way, also of the bot's own unexpected
/// failures (under the error id the log and the audit row get). A job whose schedule is gone removes itself.
/// </summary>
public sealed class RunScheduledPowerActionHandler(
    IPowerScheduleRepository schedules,
    IJobScheduler scheduler,
    SingleServerLookup lookup,
    RightsResolver rights,
    ServerJobLocks locks,
    ScheduledStepRunner steps,
    INotifier notifier,
    TimeProvider time) : ICommandHandler<RunScheduledPowerAction, Result<ScheduledRunReport>>
{
    public async ValueTask<Result<ScheduledRunReport>> Handle(RunScheduledPowerAction command, CancellationToken cancellationToken)
    {
        var schedule = await schedules.FindAsync(command.ScheduleId, cancellationToken);
        if (schedule is null)
        {
            scheduler.RemoveRecurring(PowerScheduleJobs.IdFor(command.ScheduleId));
            return Error.NotFound($"Power schedule {command.ScheduleId} is gone; its leftover job was removed.");
        }

        var display = ServerName.Parse(schedule.Server).Name;
        var kind = PowerScheduleView.NameOf(schedule.Kind);
        try
        {
            return await RunAsync(schedule, display, kind, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var failure = ex as UnexpectedFailureException ?? new UnexpectedFailureException(ErrorIds.New(), ex);
            var reason = $"something went wrong (ref `{failure.ErrorId}`); the bot's log has the details.";
            await notifier.NotifyAsync(new ScheduledRunRefused(display, kind, reason), CancellationToken.None);
            if (ReferenceEquals(failure, ex))
            {
                throw;
            }

            throw failure;
        }
    }

    private async Task<Result<ScheduledRunReport>> RunAsync(PowerSchedule schedule, string display, string kind, CancellationToken ct)
    {
        var planned = ScheduledSteps.Of(schedule.Kind, schedule.Steps);
        var server = await lookup.FindAsync(schedule.Server, Permission.Status, ct);
        var allowed = server.IsSuccess ? await AuthorMayAsync(schedule, server.Value.Id, planned, ct) : Result.Fail(server.Errors);
        var held = allowed.IsSuccess ? locks.TryAcquire(server, ServerJob.Scheduled) : Result<ServerLock>.Fail(allowed.Errors);
        if (!held.IsSuccess)
        {
            var reason = string.Join(" ", held.Errors.Select(e => e.Message));
            await RecordAsync(schedule, succeeded: false, reason, ct);
            await notifier.NotifyAsync(new ScheduledRunRefused(display, kind, reason), ct);
            return Result<ScheduledRunReport>.Fail(held.Errors);
        }

        ChainReport chain;
        using (held.Value)
        {
            var announce = schedule.AnnounceSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
            chain = await ChainRunner.RunAsync(planned, (step, token) => steps.RunAsync(schedule.Server, step, announce, token), ct);
        }

        var report = new ScheduledRunReport(display, kind, chain, [.. steps.Announced], steps.Note);
        await RecordAsync(schedule, chain.Succeeded, chain.Summary, ct);
        await notifier.NotifyAsync(new ScheduledRunFinished(report), ct);
        return chain.Succeeded ? report : Error.Failed($"The {kind} schedule of `{display}` failed: {chain.Summary}", display);
    }

    /// <summary>Whether the author may still do every step on the server, as they could when they set the schedule.</summary>
    private async Task<Result> AuthorMayAsync(PowerSchedule schedule, ServerId server, IReadOnlyList<ScheduleStep> planned, CancellationToken ct)
    {
        var author = schedule.AuthorId == 0 ? Actor.System : new Actor(schedule.AuthorId, [], null, null);
        var held = await rights.ResolveAsync(author, ct);
        var lacking = planned.Select(s => s.Required).Distinct().Where(p => !held.Allows(server, p)).Select(PermissionNames.NameOf).ToList();
        return lacking.Count == 0
            ? Result.Success
            : Error.Denied($"its author <@{schedule.AuthorId}> may no longer {string.Join(", ", lacking)} `{server.Name}` (not an admin any more, and no grant of it), so it did not run. "
                + $"An admin can set it again, becoming its author, or remove it with `schedule remove {server.Name} {PowerScheduleView.NameOf(schedule.Kind)}`.");
    }

    private async Task RecordAsync(PowerSchedule schedule, bool succeeded, string result, CancellationToken ct)
    {
        schedule.RecordRun(time.GetUtcNow(), succeeded, result);
        await schedules.UpdateAsync(schedule, ct);
    }
}
