using Microsoft.Extensions.Options;
using ServerStatus.Application.Common;
using ServerStatus.Application.Games;
using ServerStatus.Application.Servers.Announcements;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Servers.Pending;

/// <summary>
/// <c>restart|stop &lt;server&gt; --in 5m [reason]</c> (a countdown announced in-game) and <c>restart &lt;server&gt;
/// --when-empty [--max 2h] [reason]</c> (when the player count reaches 0, at most after the max wait). It replaces the
/// server's pending action; the Discord edge asks the requester to confirm that first.
/// </summary>
public sealed record SchedulePowerAction(PowerAction Action, string Server, TimeSpan? Delay, TimeSpan? MaxWait, string? Reason)
    : ICommand<Result<ScheduledPowerAction>>, IServerScoped, IHasAuditName, IAuditable
{
    /// <summary>How long <c>--when-empty</c> waits without <c>--max</c>.</summary>
    public static readonly TimeSpan DefaultMaxWait = TimeSpan.FromHours(2);

    /// <summary>The longest delay and the longest wait for an empty server.</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromHours(24);

    public bool WhenEmpty => Delay is null;

    /// <summary>The permission of the typed action (the validator lets only restart and stop through).</summary>
    public Permission Required => new RunPowerAction(Action, [Server]).Required;

    /// <summary><c>restart-later</c>, <c>stop-later</c>: audited apart from the typed action, which the run records as the requester's.</summary>
    public string AuditCommand => new RunPowerAction(Action, [Server]).AuditCommand + "-later";

    /// <summary>The typed command, as users read it.</summary>
    public string Verb => new RunPowerAction(Action, [Server]).AuditCommand;

    public string AuditArguments =>
        $"{Server} {(Delay is { } delay ? "--in " + Durations.Format(delay) : "--when-empty" + (MaxWait is { } max ? " --max " + Durations.Format(max) : ""))}"
        + (Reason is null ? "" : " " + Reason);

    public IReadOnlyList<string> AuditServers => [Server];
}

public sealed class SchedulePowerActionValidator : AbstractValidator<SchedulePowerAction>
{
    public SchedulePowerActionValidator()
    {
        RuleFor(x => x.Action).Must(a => a is PowerAction.Restart or PowerAction.Stop).WithMessage("Only restart and stop can be announced or wait.");
        RuleFor(x => x.Server).ServerName();
        RuleFor(x => x.Delay).Must(d => d > TimeSpan.Zero && d <= SchedulePowerAction.Longest)
            .When(x => x.Delay is not null).WithMessage("`--in` takes a delay from 1s to 24h, e.g. `--in 5m`.");
        RuleFor(x => x.MaxWait).Must(m => m >= TimeSpan.FromMinutes(1) && m <= SchedulePowerAction.Longest)
            .When(x => x.MaxWait is not null).WithMessage("`--max` takes a wait from 1m to 24h, e.g. `--max 2h`.");
        RuleFor(x => x.MaxWait).Null().When(x => x.Delay is not null).WithMessage("`--max` goes with `--when-empty`, not with `--in`.");
        RuleFor(x => x.Action).Equal(PowerAction.Restart).When(x => x.WhenEmpty).WithMessage("`--when-empty` is for restarts only.");
        RuleFor(x => x.Reason!).MaximumLength(PendingPowerAction.ReasonMaxLength)
            .Must(r => !r.Any(char.IsControl)).WithMessage("The reason must be one line of text (it is said in-game).")
            .When(x => x.Reason is not null);
    }
}

/// <summary>What the command did: scheduled (<see cref="Pending"/>), or ran at once on an empty server (<see cref="RanAtOnce"/>).</summary>
public sealed record ScheduledPowerAction(PendingActionView? Pending, PowerReport? RanAtOnce, bool Announces, bool Replaced) : IPartialOutcomes
{
    public IEnumerable<PartOutcome> PartOutcomes => RanAtOnce?.PartOutcomes ?? [new PartOutcome(Pending?.Server ?? "", Outcome.Ok)];
}

public sealed class SchedulePowerActionHandler(
    SingleServerLookup lookup,
    IPlayerCounts players,
    ConsoleAnnouncer announcer,
    IPendingActionStore store,
    IPendingActionTimer timer,
    PendingActionSignals signals,
    ActorScopedSender sender,
    ICurrentActor actor,
    IOptions<AnnouncementOptions> announcements,
    TimeProvider time) : ICommandHandler<SchedulePowerAction, Result<ScheduledPowerAction>>
{
    public async ValueTask<Result<ScheduledPowerAction>> Handle(SchedulePowerAction command, CancellationToken cancellationToken)
    {
        var found = await lookup.FindAsync(command.Server, command.Required, cancellationToken);
        if (!found.IsSuccess)
        {
            return Result<ScheduledPowerAction>.Fail(found.Errors);
        }

        var server = found.Value;
        var reading = await players.ReadAsync(server.Id, cancellationToken);
        if (command.WhenEmpty && reading.Kind == PlayerReadingKind.NoSource)
        {
            return Error.Conflict(
                $"`{server.Id.Name}` has no player source (label `serverstatus.query` or `serverstatus.players.command`), so `--when-empty` cannot tell when it is empty: nothing was scheduled. Use `{command.Verb} {server.Id.Name} --in 5m` instead.",
                server.Id.Name);
        }

        var now = time.GetUtcNow();
        if (reading.IsEmpty)
        {
            var previous = await store.FindByServerAsync(server.Id.QualifiedName, cancellationToken);
            var replaced = previous is not null && await store.TryRemoveAsync(previous.Id, cancellationToken);
            if (replaced)
            {
                signals.Complete(previous!.Id, new PendingOutcome(PendingEnd.Replaced, previous.Name, $"replaced by a {command.Verb} that ran at once (nobody was online)")); // replaced implies previous
            }

            var ran = await sender.SendAsync(actor.Actor, new RunPowerAction(command.Action, [server.Id.QualifiedName]), cancellationToken);
            return ran.IsSuccess ? new ScheduledPowerAction(null, ran.Value, Announces: false, replaced) : Result<ScheduledPowerAction>.Fail(ran.Errors);
        }

        var pending = command.Delay is { } delay
            ? PendingPowerAction.Countdown(server.Id.QualifiedName, command.Action, delay, announcements.Value.Marks, actor.Actor, command.Reason, now)
            : PendingPowerAction.WhenEmpty(server.Id.QualifiedName, command.Action, command.MaxWait ?? SchedulePowerAction.DefaultMaxWait, announcements.Value.Marks.Min(), actor.Actor, command.Reason, now);
        var replacedOne = await store.ReplaceAsync(pending, cancellationToken);
        if (replacedOne is not null)
        {
            signals.Complete(replacedOne.Id, new PendingOutcome(PendingEnd.Replaced, replacedOne.Name, $"replaced by a new {command.Verb} from <@{actor.Actor.UserId}>"));
        }

        var announces = await announcer.AnnouncesAsync(server.Id, cancellationToken);
        timer.WakeAt(pending.Id, now);
        return new ScheduledPowerAction(PendingActionView.Of(pending), null, announces, replacedOne is not null);
    }
}
