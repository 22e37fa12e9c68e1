using System.ComponentModel.DataAnnotations;

namespace ServerStatus.Application.Updates;

/// <summary>
/// Configuration section <c>Updates</c>: whether the <c>check-updates</c> job looks for newer images, and how far it spreads
/// its start. Its schedule is <c>Updates:CheckCron</c>, read by the job table like the other jobs' crons.
/// </summary>
public sealed class UpdatesOptions
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
}
