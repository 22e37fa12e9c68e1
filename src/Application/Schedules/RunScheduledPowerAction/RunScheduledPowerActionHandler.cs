using ServerStatus.Application.Backups;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Permissions;
using ServerStatus.Domain.Schedules;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Schedules.RunScheduledPowerAction;

/// <summary>
/// One run of a power schedule or chain. The author's rights are resolved afresh (admin, or personal grants; roles
/// cannot be known without the guild): an author who may no longer do every step fails the run, denied. Then the
/// server's job lock is taken for the whole run. A server in maintenance is skipped (recorded and told; the schedule
/// stays). Otherwise the run journal on the schedule decides (<see cref="RunJournal"/>): a new run, the continuation of
/// one interrupted by a stop of the bot (the channel is told it resumes), or a repeated delivery of a resumed run
/// (refused). The steps run one after another (<see cref="ChainRunner"/>), each finished one journaled; the run is
/// closed on the schedule and the notification channel is told either way, also of the bot's own unexpected failures
/// (under the error id the log and the audit row get). A job whose schedule is gone removes itself (ADR-013).
/// </summary>
public sealed class RunScheduledPowerActionHandler(
    IPowerScheduleRepository schedules,
    IJobScheduler scheduler,
    SingleServerLookup lookup,
    RightsResolver rights,
    ServerJobLocks locks,
    MaintenanceLookup maintenance,
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
            return await RefuseAsync(schedule, display, kind, held.Errors, ct);
        }

        ScheduledRunReport report;
        using (held.Value)
        {
            // Read under the lock: a run of this process that was open when the schedule was found has closed by now.
            await schedules.ReloadAsync(schedule, ct);
            var windows = await maintenance.LoadAsync(ct);
            if (windows.For(held.Value.Server.Id) is { } window)
            {
                return await SkipAsync(schedule, display, kind, planned, windows.Describe(window), ct);
            }

            var start = RunJournal.Decide(schedule, planned.Count, time.GetUtcNow());
            if (start.Kind == RunStartKind.Repeat)
            {
                var next = CronSchedule.TryParse(schedule.Cron, out var cron) ? cron.NextAfter(time.GetUtcNow()) : null;
                return await RefuseAsync(schedule, display, kind, [Error.Conflict(
                    $"this is the run begun {Moment(schedule.RunStartedAt)} again, which was resumed after a restart of the bot and has finished "
                    + $"(the job was delivered once more); it runs next {Moment(next)}.", display)], ct);
            }

            report = await RunStepsAsync(schedule, display, kind, planned, start, ct);
        }

        await notifier.NotifyAsync(new ScheduledRunFinished(report), ct);
        return report.Succeeded ? report : Error.Failed($"The {kind} schedule of `{display}` failed: {report.Chain.Summary}", display);
    }

    /// <summary>
    /// Runs the steps from where the journal says, journaling each finished one, and closes the run (under the lock,
    /// so a fire that takes the lock next finds it closed). Steps done before a restart are reported as such.
    /// </summary>
    private async Task<ScheduledRunReport> RunStepsAsync(PowerSchedule schedule, string display, string kind, IReadOnlyList<ScheduleStep> planned, RunStart start, CancellationToken ct)
    {
        var resumed = start.Kind == RunStartKind.Resume;
        if (resumed)
        {
            schedule.ResumeRun(time.GetUtcNow());
            await schedules.UpdateAsync(schedule, ct);
            await notifier.NotifyAsync(new ScheduledRunResumed(display, kind, schedule.RunStartedAt ?? time.GetUtcNow(), start.FromStep, planned), ct);
        }
        else
        {
            schedule.BeginRun(time.GetUtcNow());
            await schedules.UpdateAsync(schedule, ct);
        }

        var announce = schedule.AnnounceSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
        ChainReport rest;
        try
        {
            rest = await ChainRunner.RunAsync([.. planned.Skip(start.FromStep)], async (step, token) =>
            {
                var result = await steps.RunAsync(schedule.Server, step, announce, token);
                if (result.IsSuccess)
                {
                    schedule.RecordStepDone();
                    await schedules.UpdateAsync(schedule, token);
                }

                return result;
            }, ct);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            // A failure of the bot ends the run (the caller tells the channel); only a stop of the bot leaves it open to resume.
            schedule.FinishRun(time.GetUtcNow(), succeeded: false, "a step failed unexpectedly; the bot's log has the details.");
            await schedules.UpdateAsync(schedule, CancellationToken.None);
            throw;
        }

        var before = planned.Take(start.FromStep).Select(step => new StepOutcome(step, StepStatus.Done, "done before the bot restarted"));
        var chain = new ChainReport([.. before, .. rest.Steps]);
        schedule.FinishRun(time.GetUtcNow(), chain.Succeeded, (resumed ? "resumed after a restart of the bot: " : "") + chain.Summary);
        await schedules.UpdateAsync(schedule, ct);
        return new ScheduledRunReport(display, kind, chain, [.. steps.Announced], steps.Note, resumed);
    }

    /// <summary>A server in maintenance is left alone: the fire is recorded as skipped (an open run is closed with it) and the channel told.</summary>
    private async Task<Result<ScheduledRunReport>> SkipAsync(PowerSchedule schedule, string display, string kind, IReadOnlyList<ScheduleStep> planned, string maintenance, CancellationToken ct)
    {
        var reason = $"`{display}` is {maintenance}"
            + (schedule.HasOpenRun ? $" (the run begun {Moment(schedule.RunStartedAt)}, interrupted by a restart of the bot, is not continued)" : "");
        schedule.FinishRun(time.GetUtcNow(), succeeded: true, $"skipped: {reason}");
        await schedules.UpdateAsync(schedule, ct);
        await notifier.NotifyAsync(new ScheduledRunSkipped(display, kind, reason), ct);
        var chain = new ChainReport([.. planned.Select(step => new StepOutcome(step, StepStatus.Skipped, $"skipped ({maintenance})"))]);
        return new ScheduledRunReport(display, kind, chain, [], reason);
    }

    private async Task<Result<ScheduledRunReport>> RefuseAsync(PowerSchedule schedule, string display, string kind, IReadOnlyList<Error> errors, CancellationToken ct)
    {
        var reason = string.Join(" ", errors.Select(e => e.Message));
        await RecordAsync(schedule, succeeded: false, reason, ct);
        await notifier.NotifyAsync(new ScheduledRunRefused(display, kind, reason), ct);
        return Result<ScheduledRunReport>.Fail(errors);
    }

    private static string Moment(DateTimeOffset? at) =>
        at is { } utc ? utc.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture) : "never";

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
