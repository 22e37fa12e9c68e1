using ServerStatus.Application.Backups.GetBackupScheduleJobs;
using ServerStatus.Application.Common;
using ServerStatus.Application.Common.Security;

namespace ServerStatus.Presentation.Discord.Scheduling;

/// <summary>One <c>backup:&lt;server&gt;</c> job per backup schedule in the database, read with the system actor.</summary>
public sealed class StoredBackupSchedules(ActorScopedSender sender) : IScheduledJobSource
{
    public async Task<IReadOnlyList<RecurringJobDefinition>> ListAsync(CancellationToken ct)
    {
        var schedules = await sender.SendAsync(Actor.System, new GetBackupScheduleJobs(), ct);
        if (!schedules.IsSuccess)
        {
            throw new InvalidOperationException("The backup schedules could not be read: " + string.Join(" ", schedules.Errors.Select(e => e.Message)));
        }

        return [.. schedules.Value.Select(s => new RecurringJobDefinition(s.JobId, s.Cron, $"the schedule of {s.JobId} (`schedule` command)"))];
    }
}
