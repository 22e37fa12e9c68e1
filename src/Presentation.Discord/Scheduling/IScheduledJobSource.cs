namespace ServerStatus.Presentation.Discord.Scheduling;

/// <summary>Recurring jobs that come from stored data rather than configuration (the backup schedules).</summary>
public interface IScheduledJobSource
{
    Task<IReadOnlyList<RecurringJobDefinition>> ListAsync(CancellationToken ct);
}
