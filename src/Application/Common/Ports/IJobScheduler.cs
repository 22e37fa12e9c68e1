namespace ServerStatus.Application.Common.Ports;

/// <summary>Recurring jobs by id: the host declares them; the scheduler runs each on its cron expression.</summary>
public interface IJobScheduler
{
    /// <summary>Adds the recurring job, or updates its schedule when it exists (idempotent).</summary>
    void AddOrUpdateRecurring(string jobId, string cron);

    /// <summary>Removes the recurring job; nothing happens when there is none.</summary>
    void RemoveRecurring(string jobId);

    /// <summary>Runs the recurring job once now, outside its schedule.</summary>
    void TriggerNow(string jobId);
}
