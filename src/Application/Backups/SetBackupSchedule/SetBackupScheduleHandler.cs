using Mediator;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Backups.Common;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Servers;
using ServerStatus.Domain.Backups;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Backups.SetBackupSchedule;

/// <summary>Stores the schedule (the source of truth, re-registered at start-up), then registers its recurring job.</summary>
public sealed class SetBackupScheduleHandler(
    SingleServerLookup lookup,
    IBackupScheduleRepository schedules,
    IJobScheduler scheduler,
    INotifier notifier,
    ICurrentActor actor,
    TimeProvider time,
    IOptions<BackupOptions> options) : ICommandHandler<SetBackupSchedule, Result<ScheduleChange>>
{
    public async ValueTask<Result<ScheduleChange>> Handle(SetBackupSchedule command, CancellationToken cancellationToken)
    {
        var server = await lookup.FindAsync(command.Server, Permission.Backup, cancellationToken);
        if (!server.IsSuccess)
        {
            return Result<ScheduleChange>.Fail(server.Errors);
        }

        if (!CronSchedule.TryParse(command.Cron, out var cron))
        {
            throw new InvalidOperationException("The validator lets only valid cron expressions through.");
        }

        var now = time.GetUtcNow();
        var qualified = server.Value.Id.QualifiedName;
        var keep = command.Keep ?? options.Value.DefaultScheduleKeep;
        var schedule = await schedules.FindAsync(qualified, cancellationToken);
        var replaced = schedule is null ? null : ScheduleView.From(schedule, now);
        if (schedule is null)
        {
            schedule = BackupSchedule.Create(qualified, cron.Text, keep, actor.Actor.ToString(), now);
            await schedules.AddAsync(schedule, cancellationToken);
        }
        else
        {
            schedule.Change(cron.Text, keep, actor.Actor.ToString(), now);
            await schedules.UpdateAsync(schedule, cancellationToken);
        }

        scheduler.AddOrUpdateRecurring(BackupScheduleJobs.IdFor(qualified), cron.Text);
        return new ScheduleChange(ScheduleView.From(schedule, now), replaced, notifier.Destination);
    }
}
