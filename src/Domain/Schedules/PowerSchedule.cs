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
        AnnounceSeconds = announceSeconds;
        AuthorId = authorId;
        CreatedAt = at.ToUniversalTime();
    }

    public void RecordRun(DateTimeOffset at, bool succeeded, string result)
    {
        ArgumentNullException.ThrowIfNull(result);
        LastRunAt = at.ToUniversalTime();
        LastSucceeded = succeeded;
        LastResult = result.Length <= LastResultMaxLength ? result : string.Concat(result.AsSpan(0, LastResultMaxLength - 1), "…");
    }
}
