using ServerStatus.Application.Servers;
using ServerStatus.Domain.Schedules;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Schedules;

/// <summary>Removes a server's restart, stop, start schedule or chain. Works for servers that no longer exist.</summary>
public sealed record RemovePowerSchedule(string Server, PowerScheduleKind Kind) : ICommand<Result<PowerScheduleView>>, IAdminOnly, INamesServer, IHasAuditName
{
    public string AuditCommand => "schedule remove " + PowerScheduleView.NameOf(Kind);

}

public sealed class RemovePowerScheduleValidator : AbstractValidator<RemovePowerSchedule>
{
    public RemovePowerScheduleValidator()
    {
        RuleFor(x => x.Server).ServerName();
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Say restart, stop, start or chain.");
    }
}

/// <summary>Finds the schedule among the stored ones (so one of a deleted server can still be removed), removes its job, then the row.</summary>
public sealed class RemovePowerScheduleHandler(IPowerScheduleRepository schedules, IJobScheduler scheduler, TimeProvider time)
    : ICommandHandler<RemovePowerSchedule, Result<PowerScheduleView>>
{
    public async ValueTask<Result<PowerScheduleView>> Handle(RemovePowerSchedule command, CancellationToken cancellationToken)
    {
        var typed = ServerName.Parse(command.Server);
        var kind = PowerScheduleView.NameOf(command.Kind);
        var matches = (await schedules.ListAsync(cancellationToken)).Where(s => s.Kind == command.Kind && typed.Matches(s.Server)).ToList();
        if (matches.Count == 0)
        {
            return Error.NotFound($"`{command.Server}` has no {kind} schedule (`schedule list` shows them).", command.Server);
        }

        if (matches.Count > 1)
        {
            return Error.Invalid($"`{typed.Name}` has {kind} schedules on several engines: write {string.Join(" or ", matches.Select(s => $"`{s.Server}`"))}.", command.Server);
        }

        var schedule = await schedules.FindAsync(matches[0].Id, cancellationToken);
        if (schedule is null)
        {
            return Error.NotFound($"`{command.Server}` has no {kind} schedule any more.", command.Server);
        }

        var view = PowerScheduleView.From(schedule, time.GetUtcNow());
        scheduler.RemoveRecurring(PowerScheduleJobs.IdFor(schedule.Id));
        await schedules.RemoveAsync(schedule, cancellationToken);
        return view;
    }
}
