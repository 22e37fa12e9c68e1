using System.Globalization;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Servers;
using ServerStatus.Domain.Backups;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Backups;

/// <summary>Backs a server up on a cron schedule (UTC), keeping its newest <paramref name="Keep"/> scheduled backups; replaces its schedule if it has one.</summary>
public sealed record SetBackupSchedule(string Server, string Cron, int? Keep = null)
    : ICommand<Result<ScheduleChange>>, IAdminOnly, INamesServer, IHasAuditName
{
    public string AuditCommand => "schedule";

    public string AuditArguments => Keep is { } keep ? string.Create(CultureInfo.InvariantCulture, $"{Server} {Cron} keep {keep}") : $"{Server} {Cron}";
}

public sealed class SetBackupScheduleValidator : AbstractValidator<SetBackupSchedule>
{
    public SetBackupScheduleValidator(IOptions<BackupOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        RuleFor(x => x.Server).ServerName();
        RuleFor(x => x.Cron).Cron(TimeSpan.FromMinutes(options.Value.MinScheduleIntervalMinutes));
        RuleFor(x => x.Keep).InclusiveBetween(1, BackupSchedule.MaxKeep)
            .WithMessage($"`keep` must be a number from 1 to {BackupSchedule.MaxKeep}.")
            .When(x => x.Keep is not null);
    }
}

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

/// <summary>The schedule as it is now, the one it replaced (if any), and where its results will be posted (null: only logged).</summary>
public sealed record ScheduleChange(ScheduleView Schedule, ScheduleView? Replaced, string? NotifiesTo);
