using Cronos;
using ServerStatus.Application.Common.Ports;

namespace ServerStatus.TestSupport.Fakes;

/// <summary>Recurring jobs by id and cron, as the scheduler keeps them; an invalid cron is refused as Hangfire refuses it.</summary>
public sealed class InMemoryJobScheduler : IJobScheduler
{
    public Dictionary<string, string> Jobs { get; } = [];

    public List<string> Triggered { get; } = [];

    public void AddOrUpdateRecurring(string jobId, string cron)
    {
        try
        {
            CronExpression.Parse(cron);
        }
        catch (CronFormatException ex)
        {
            throw new ArgumentException($"'{cron}' is not a cron expression: {ex.Message}", nameof(cron), ex);
        }

        Jobs[jobId] = cron;
    }

    public void RemoveRecurring(string jobId) => Jobs.Remove(jobId);

    public void TriggerNow(string jobId) => Triggered.Add(jobId);
}
