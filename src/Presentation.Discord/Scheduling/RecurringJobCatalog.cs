using Microsoft.Extensions.Options;

namespace ServerStatus.Presentation.Discord.Scheduling;

/// <summary>
/// The one place the recurring jobs are declared: the maintenance jobs from configuration, and the jobs of
/// stored data (one <c>backup:&lt;server&gt;</c> job per backup schedule). Start-up registers exactly these.
/// </summary>
public sealed class RecurringJobCatalog(IOptions<JobsOptions> options, IScheduledJobSource stored)
{
    public IReadOnlyList<RecurringJobDefinition> Maintenance =>
    [
        new(RecurringJobIds.TrimLogs, options.Value.TrimLogsCron, $"{JobsOptions.Section}:{nameof(JobsOptions.TrimLogsCron)}"),
        new(RecurringJobIds.PruneAudit, options.Value.PruneAuditCron, $"{JobsOptions.Section}:{nameof(JobsOptions.PruneAuditCron)}"),
        new(RecurringJobIds.PruneBackups, options.Value.PruneBackupsCron, $"{JobsOptions.Section}:{nameof(JobsOptions.PruneBackupsCron)}"),
    ];

    public async Task<IReadOnlyList<RecurringJobDefinition>> AllAsync(CancellationToken ct) =>
        [.. Maintenance, .. await stored.ListAsync(ct)];
}
