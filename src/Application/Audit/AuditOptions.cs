using System.ComponentModel.DataAnnotations;

namespace ServerStatus.Application.Audit;

/// <summary>Configuration section <c>Audit</c>.</summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>How many days audit rows are kept before the pruning job removes them.</summary>
    [Range(1, PruneAudit.MaxDays, ErrorMessage = "Audit:RetentionDays must be between 1 and 36500 days.")]
    public int RetentionDays { get; set; } = 90;
}
