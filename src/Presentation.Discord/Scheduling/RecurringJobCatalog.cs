using Microsoft.Extensions.Options;

namespace ServerStatus.Presentation.Discord.Scheduling;

/// <summary>The one place the recurring jobs are declared; start-up registers exactly these.</summary>
public sealed class RecurringJobCatalog(IOptions<JobsOptions> options)
{
    public IReadOnlyList<RecurringJobDefinition> All =>
    [
        new(RecurringJobIds.TrimLogs, options.Value.TrimLogsCron, $"{JobsOptions.Section}:{nameof(JobsOptions.TrimLogsCron)}"),
        new(RecurringJobIds.PruneAudit, options.Value.PruneAuditCron, $"{JobsOptions.Section}:{nameof(JobsOptions.PruneAuditCron)}"),
    ];
}
