using System.ComponentModel.DataAnnotations;
using ServerStatus.Application.Backups;

namespace ServerStatus.Application.Updates;

/// <summary>
/// Configuration section <c>Updates</c>: whether the <c>check-updates</c> job looks for newer images, and how far it spreads
/// its start. Its schedule is <c>Updates:CheckCron</c>, read by the job table like the other jobs' crons.
/// </summary>
public sealed class UpdatesOptions : IValidatableObject
{
    public const string Section = "Updates";

    /// <summary>Whether the scheduled check runs; <c>update check</c> works either way.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The scheduled check waits a random delay up to this many minutes before it asks the registries, so that many bots
    /// on the same schedule do not ask a registry at the same moment (0: at once).
    /// </summary>
    [Range(0, 1440, ErrorMessage = "Updates:JitterMinutes must be between 0 and 1440.")]
    public int JitterMinutes { get; set; } = 30;

    /// <summary>How long a new container must run (and be healthy, when it has a health check) before an update is declared good.</summary>
    [Range(1, 3600, ErrorMessage = "Updates:ProbationSeconds must be between 1 and 3600.")]
    public int ProbationSeconds { get; set; } = 120;

    /// <summary>How long before an update stops a server with players it is announced in-game (0: not announced).</summary>
    [Range(0, 3600, ErrorMessage = "Updates:AnnounceSeconds must be between 0 and 3600.")]
    public int AnnounceSeconds { get; set; } = 60;

    /// <summary>How many days the old image of a good update is kept for <c>rollback</c>.</summary>
    [Range(1, 365, ErrorMessage = "Updates:KeepOldImageDays must be between 1 and 365.")]
    public int KeepOldImageDays { get; set; } = 7;

    /// <summary>When servers labelled <c>serverstatus.update=auto</c> may be updated by the check job (a cron, UTC).</summary>
    [Required(ErrorMessage = "Updates:AutoWindow must be a cron expression, e.g. `0 4 * * *`.")]
    public string AutoWindow { get; set; } = "0 4 * * *";

    /// <summary>How long each auto-update window stays open after it begins.</summary>
    [Range(1, 1440, ErrorMessage = "Updates:AutoWindowMinutes must be between 1 and 1440.")]
    public int AutoWindowMinutes { get; set; } = 360;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!CronSchedule.TryParse(AutoWindow, out _))
        {
            yield return new ValidationResult($"Updates:AutoWindow `{AutoWindow}` is not a cron expression (five fields, UTC, e.g. `0 4 * * *`).", [nameof(AutoWindow)]);
        }
    }
}
