namespace ServerStatus.Domain.Schedules;

/// <summary>
/// A power action (restart, stop, start) or a chain of steps run on one server on a cron schedule (UTC), on behalf of
/// the admin who set it: one schedule per server and kind, set again to change it.
/// </summary>
public sealed class PowerSchedule
{
    public const int ServerMaxLength = 200;
    public const int CronMaxLength = 100;
    public const int StepsMaxLength = 1000;
    public const int LastResultMaxLength = 400;
    public const int MaxAnnounceSeconds = 3600;

    private PowerSchedule()
    {
    }

    public long Id { get; private set; }

    /// <summary>The engine-qualified server name (<c>engine/name</c>).</summary>
    public string Server { get; private set; } = "";

    public PowerScheduleKind Kind { get; private set; }

    /// <summary>A standard five-field cron expression (or a macro such as <c>@daily</c>), in UTC.</summary>
    public string Cron { get; private set; } = "";

    /// <summary>The steps in their written form (<c>backup, restart</c>); for a single action, its name.</summary>
    public string Steps { get; private set; } = "";

    /// <summary>How long before a restart or stop it is announced in-game; null: not announced.</summary>
    public int? AnnounceSeconds { get; private set; }

    /// <summary>The Discord user id of the admin who set it; their rights are checked again at every run.</summary>
    public ulong AuthorId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? LastRunAt { get; private set; }

    public bool? LastSucceeded { get; private set; }

    /// <summary>What the last run did or why it failed, in one sentence.</summary>
    public string? LastResult { get; private set; }

    /// <summary>When the current run began, or the last one (kept after it finished); null before the first run.</summary>
    public DateTimeOffset? RunStartedAt { get; private set; }

    /// <summary>
    /// The journal of a run in progress: how many of its steps have finished (0 when none yet); null when no run is open.
    /// A run still open when the bot starts was interrupted, and continues with the step after these.
    /// </summary>
    public int? RunStepsDone { get; private set; }

    /// <summary>When the current or last run was resumed after a restart of the bot; null when it ran in one go.</summary>
    public DateTimeOffset? RunResumedAt { get; private set; }

    /// <summary>Whether a run was begun and has not finished (running now, or interrupted).</summary>
    public bool HasOpenRun => RunStepsDone is not null;

    public static PowerSchedule Create(string server, PowerScheduleKind kind, string cron, string steps, int? announceSeconds, ulong authorId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(server);
        if (server.Length > ServerMaxLength)
        {
            throw new ArgumentException($"A server name has at most {ServerMaxLength} characters.", nameof(server));
        }

        var schedule = new PowerSchedule { Server = server, Kind = kind };
        schedule.Change(cron, steps, announceSeconds, authorId, at);
        return schedule;
    }

    /// <summary>Replaces what runs and when; the admin who changes it becomes its author.</summary>
    public void Change(string cron, string steps, int? announceSeconds, ulong authorId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cron);
        ArgumentException.ThrowIfNullOrWhiteSpace(steps);
        if (cron.Length > CronMaxLength)
        {
            throw new ArgumentException($"A cron expression has at most {CronMaxLength} characters.", nameof(cron));
        }

        if (steps.Length > StepsMaxLength)
        {
            throw new ArgumentException($"The steps have at most {StepsMaxLength} characters.", nameof(steps));
        }

        if (announceSeconds is { } seconds)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(seconds, 1, nameof(announceSeconds));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(seconds, MaxAnnounceSeconds, nameof(announceSeconds));
        }

        Cron = cron;
        Steps = steps;
        RunStartedAt = null;
        RunStepsDone = null;
        RunResumedAt = null;
        AnnounceSeconds = announceSeconds;
        AuthorId = authorId;
        CreatedAt = at.ToUniversalTime();
    }

    /// <summary>Records how a run ended, or why a fire did not run; an open run stays open (a refused fire must not close it).</summary>
    public void RecordRun(DateTimeOffset at, bool succeeded, string result)
    {
        ArgumentNullException.ThrowIfNull(result);
        LastRunAt = at.ToUniversalTime();
        LastSucceeded = succeeded;
        LastResult = result.Length <= LastResultMaxLength ? result : string.Concat(result.AsSpan(0, LastResultMaxLength - 1), "…");
    }

    /// <summary>Opens the journal of a new run: no step done yet.</summary>
    public void BeginRun(DateTimeOffset at)
    {
        if (HasOpenRun)
        {
            throw new InvalidOperationException($"Power schedule {Id} has an open run; resume or finish it first.");
        }

        RunStartedAt = at.ToUniversalTime();
        RunStepsDone = 0;
        RunResumedAt = null;
    }

    /// <summary>Marks the open run as continued after a restart of the bot.</summary>
    public void ResumeRun(DateTimeOffset at)
    {
        if (!HasOpenRun)
        {
            throw new InvalidOperationException($"Power schedule {Id} has no open run to resume.");
        }

        RunResumedAt = at.ToUniversalTime();
    }

    /// <summary>Journals one more finished step of the open run.</summary>
    public void RecordStepDone()
    {
        RunStepsDone = (RunStepsDone ?? throw new InvalidOperationException($"Power schedule {Id} has no open run.")) + 1;
    }

    /// <summary>Closes the open run (if any) and records how it ended.</summary>
    public void FinishRun(DateTimeOffset at, bool succeeded, string result)
    {
        RecordRun(at, succeeded, result);
        RunStepsDone = null;
    }
}
