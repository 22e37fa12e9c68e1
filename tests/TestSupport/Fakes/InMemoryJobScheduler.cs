using ServerStatus.Application.Common.Ports;

namespace ServerStatus.TestSupport.Fakes;

/// <summary>Recurring jobs by id and cron, as the scheduler keeps them.</summary>
public sealed class InMemoryJobScheduler : IJobScheduler
{
    public Dictionary<string, string> Jobs { get; } = [];

    public List<string> Triggered { get; } = [];

    public void AddOrUpdateRecurring(string jobId, string cron) => Jobs[jobId] = cron;

    public void RemoveRecurring(string jobId) => Jobs.Remove(jobId);

    public void TriggerNow(string jobId) => Triggered.Add(jobId);
}
