using System.Globalization;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Servers.Announcements;
using ServerStatus.Domain.Schedules;

namespace ServerStatus.Application.Schedules;

/// <summary>
/// Restarts, stops or starts a server on a cron schedule (UTC), a restart or stop announced in-game
/// <paramref name="Announce"/> before; or runs a chain of <paramref name="Steps"/> (<c>backup, restart</c>). Replaces the
/// server's schedule of that kind if it has one. The admin who sets it is its author: their rights are checked again
/// at every run.
/// </summary>
public sealed record SetPowerSchedule(string Server, PowerScheduleKind Kind, string Cron, string? Steps = null, TimeSpan? Announce = null)
    : ICommand<Result<PowerScheduleChange>>, IAdminOnly, INamesServer, IHasAuditName
{
    public static TimeSpan MinAnnounce { get; } = TimeSpan.FromSeconds(10);

    public static TimeSpan MaxAnnounce { get; } = TimeSpan.FromSeconds(PowerSchedule.MaxAnnounceSeconds);

    public string AuditCommand => "schedule " + PowerScheduleView.NameOf(Kind);

    public string AuditArguments => $"{Server} {Cron}"
        + (Steps is null ? "" : $" {Steps}")
        + (Announce is { } announce ? $" --announce {Durations.Format(announce)}" : "");
}

public sealed class SetPowerScheduleValidator : AbstractValidator<SetPowerSchedule>
{
    public SetPowerScheduleValidator(IOptions<BackupOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        RuleFor(x => x.Server).ServerName();
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Say restart, stop, start or chain.");
        RuleFor(x => x.Cron).Cron(TimeSpan.FromMinutes(options.Value.MinScheduleIntervalMinutes), "run it less often");
        RuleFor(x => x.Steps).Null().WithMessage("Only a chain has steps.").When(x => x.Kind != PowerScheduleKind.Chain);
        RuleFor(x => x.Steps).Custom((steps, context) =>
        {
            var parsed = ScheduleSteps.Parse(steps);
            if (!parsed.IsSuccess)
            {
                context.AddFailure(parsed.Errors[0].Message);
                return;
            }

            if (steps!.Length > PowerSchedule.StepsMaxLength)
            {
                context.AddFailure($"Keep the steps to {PowerSchedule.StepsMaxLength} characters.");
            }

            foreach (var line in parsed.Value.Where(s => s.Kind == ScheduleStepKind.Cmd).Select(s => s.Text!))
            {
                if (line.Length > ConsoleTextRules.MaxConsoleLine || line.Any(c => char.IsControl(c) && c != '\t'))
                {
                    context.AddFailure($"The console line `{Common.Validation.EchoedInput.Shorten(line)}` is too long or has control characters (at most {ConsoleTextRules.MaxConsoleLine} characters, tab allowed).");
                }
            }
        }).When(x => x.Kind == PowerScheduleKind.Chain);
        RuleFor(x => x.Announce)
            .Must(a => a is null).WithMessage("Only a restart or stop is announced: `--announce` does not go with this schedule.")
            .When(x => x.Kind is PowerScheduleKind.Start or PowerScheduleKind.Chain);
        RuleFor(x => x.Announce)
            .Must(a => a is not { } span || (span >= SetPowerSchedule.MinAnnounce && span <= SetPowerSchedule.MaxAnnounce && span.TotalSeconds % 1 == 0))
            .WithMessage(x => string.Create(CultureInfo.InvariantCulture,
                $"Announce between {Durations.Format(SetPowerSchedule.MinAnnounce)} and {Durations.Format(SetPowerSchedule.MaxAnnounce)} ahead, e.g. `--announce 5m`, not {(x.Announce is { } a ? Durations.Format(a) : "")}."))
            .When(x => x.Kind is PowerScheduleKind.Restart or PowerScheduleKind.Stop);
    }
}

/// <summary>Stores the schedule (the source of truth, re-registered at start-up), then registers its recurring job.</summary>
public sealed class SetPowerScheduleHandler(
    SingleServerLookup lookup,
    IPowerScheduleRepository schedules,
    IJobScheduler scheduler,
    INotifier notifier,
    ICurrentActor actor,
    TimeProvider time) : ICommandHandler<SetPowerSchedule, Result<PowerScheduleChange>>
{
    public async ValueTask<Result<PowerScheduleChange>> Handle(SetPowerSchedule command, CancellationToken cancellationToken)
    {
        var steps = ScheduledSteps.Of(command.Kind, command.Steps);
        var server = await lookup.FindAsync(command.Server, steps[0].Required, cancellationToken);
        if (!server.IsSuccess)
        {
            return Result<PowerScheduleChange>.Fail(server.Errors);
        }

        if (!CronSchedule.TryParse(command.Cron, out var cron))
        {
            throw new InvalidOperationException("The validator lets only valid cron expressions through.");
        }

        var now = time.GetUtcNow();
        var qualified = server.Value.Id.QualifiedName;
        var written = ScheduleSteps.Format(steps);
        var announce = command.Announce is { } span ? (int)span.TotalSeconds : (int?)null;
        var schedule = await schedules.FindAsync(qualified, command.Kind, cancellationToken);
        var replaced = schedule is null ? null : PowerScheduleView.From(schedule, now);
        if (schedule is null)
        {
            schedule = PowerSchedule.Create(qualified, command.Kind, cron.Text, written, announce, actor.Actor.UserId, now);
            await schedules.AddAsync(schedule, cancellationToken);
        }
        else
        {
            schedule.Change(cron.Text, written, announce, actor.Actor.UserId, now);
            await schedules.UpdateAsync(schedule, cancellationToken);
        }

        scheduler.AddOrUpdateRecurring(PowerScheduleJobs.IdFor(schedule.Id), cron.Text);
        return new PowerScheduleChange(PowerScheduleView.From(schedule, now), replaced, notifier.Destination);
    }
}

/// <summary>The schedule as it is now, the one it replaced (if any), and where its results will be posted (null: only logged).</summary>
public sealed record PowerScheduleChange(PowerScheduleView Schedule, PowerScheduleView? Replaced, string? NotifiesTo);
