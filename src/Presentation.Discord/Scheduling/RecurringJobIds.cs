namespace ServerStatus.Presentation.Discord.Scheduling;

/// <summary>The ids of the recurring jobs, as the dashboard lists them.</summary>
public static class RecurringJobIds
{
    public const string TrimLogs = "trim-logs";
    public const string PruneAudit = "prune-audit";
    public const string PruneBackups = "prune-backups";
}
