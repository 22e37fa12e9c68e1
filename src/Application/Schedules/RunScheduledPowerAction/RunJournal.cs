using ServerStatus.Application.Backups;
using ServerStatus.Domain.Schedules;

namespace ServerStatus.Application.Schedules.RunScheduledPowerAction;

/// <summary>
/// How a fire of a power schedule begins, decided from the run journal on the schedule, read while the fire holds the
/// server's job lock (so no run of this process is open: one still open was interrupted by a stop or crash of the bot).
/// An open run continues with its first step not done (that step runs again); a fire that repeats the run just resumed
/// (a job the job storage delivers again after the bot restarted) is refused until the cron's next time has come;
/// anything else begins a new run.
/// </summary>
public static class RunJournal
{
    public static RunStart Decide(PowerSchedule schedule, int stepCount, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (schedule.RunStepsDone is { } done)
        {
            return new RunStart(RunStartKind.Resume, Math.Clamp(done, 0, stepCount));
        }

        var repeatsResumedRun = schedule is { RunResumedAt: not null, RunStartedAt: { } began }
            && CronSchedule.TryParse(schedule.Cron, out var cron)
            && !(cron.NextAfter(began) <= now);
        return new RunStart(repeatsResumedRun ? RunStartKind.Repeat : RunStartKind.Fresh, 0);
    }
}

/// <summary>How a fire begins, and the index of the first step it runs.</summary>
public sealed record RunStart(RunStartKind Kind, int FromStep);

public enum RunStartKind
{
    /// <summary>A new run, from the first step.</summary>
    Fresh,

    /// <summary>The interrupted open run continues with <see cref="RunStart.FromStep"/>.</summary>
    Resume,

    /// <summary>The run resumed after a restart already ran for the cron's latest time: not run again.</summary>
    Repeat,
}
