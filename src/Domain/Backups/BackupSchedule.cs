namespace ServerStatus.Domain.Backups;

/// <summary>Automatic backups of one server on a cron schedule (UTC), keeping its newest <see cref="Keep"/> scheduled backups.</summary>
public sealed class BackupSchedule
{
    public const int CronMaxLength = 100;
    public const int MaxKeep = 1000;
    public const int LastResultMaxLength = 400;

    private BackupSchedule()
    {
    }

    public long Id { get; private set; }

    /// <summary>The engine-qualified server name (<c>engine/name</c>); one schedule per server.</summary>
    public string Server { get; private set; } = "";

    /// <summary>A standard five-field cron expression (or a macro such as <c>@daily</c>), in UTC.</summary>
    public string Cron { get; private set; } = "";

    /// <summary>How many scheduled backups to keep; older ones are pruned after each run.</summary>
    public int Keep { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? LastRunAt { get; private set; }

    public bool? LastSucceeded { get; private set; }

    /// <summary>What the last run did or why it failed, in one sentence.</summary>
    public string? LastResult { get; private set; }

    public static BackupSchedule Create(string server, string cron, int keep, string createdBy, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(server);
        var schedule = new BackupSchedule { Server = server };
        schedule.Change(cron, keep, createdBy, at);
        return schedule;
    }

    /// <summary>Replaces the cron and retention (setting a schedule again for a server updates it).</summary>
    public void Change(string cron, int keep, string changedBy, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cron);
        ArgumentNullException.ThrowIfNull(changedBy);
        if (cron.Length > CronMaxLength)
        {
            throw new ArgumentException($"A cron expression has at most {CronMaxLength} characters.", nameof(cron));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(keep, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(keep, MaxKeep);
        Cron = cron;
        Keep = keep;
        CreatedBy = changedBy.Length <= BackupRecord.CreatorMaxLength ? changedBy : changedBy[..BackupRecord.CreatorMaxLength];
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
