using ServerStatus.Application.Backups;
using ServerStatus.Application.Common;
using ServerStatus.Application.Common.Security;

namespace ServerStatus.Infrastructure.Scheduling;

/// <summary>Where the stored part of <see cref="RecurringJobTable"/> comes from: the id and cron of each stored job.</summary>
public interface IStoredJobSource
{
    Task<IReadOnlyList<ScheduledJob>> ListAsync(CancellationToken ct);
}

/// <summary>One <c>backup:&lt;engine&gt;/&lt;server&gt;</c> job per backup schedule in the database, read with the system actor.</summary>
public sealed class StoredBackupSchedules(ActorScopedSender sender) : IStoredJobSource
{
    public async Task<IReadOnlyList<ScheduledJob>> ListAsync(CancellationToken ct)
    {
        var schedules = await sender.SendAsync(Actor.System, new GetBackupScheduleJobs(), ct);
        if (!schedules.IsSuccess)
        {
            throw new InvalidOperationException("The backup schedules could not be read: " + string.Join(" ", schedules.Errors.Select(e => e.Message)));
        }

        return schedules.Value;
    }
}
