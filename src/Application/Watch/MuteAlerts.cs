using ServerStatus.Application.Servers;
using ServerStatus.Domain.Permissions;
using ServerStatus.Domain.Watch;

namespace ServerStatus.Application.Watch;

/// <summary>Whether <c>alerts mute</c> or <c>alerts unmute</c>.</summary>
public enum MuteChange
{
    Mute,
    Unmute,
}

/// <summary>
/// <c>alerts mute &lt;servers...&gt; [for 1h]</c> and <c>alerts unmute &lt;servers...&gt;</c>: the people who may restart a
/// server may silence it (the incident's "Mute 1 h" button sends exactly this). One hour unless said, at most a week.
/// </summary>
public sealed record MuteAlerts(MuteChange Change, IReadOnlyList<string> Names, TimeSpan? For = null)
    : ICommand<Result<WatchChange>>, IServerScoped, IAuditable, IHasAuditName
{
    public static readonly TimeSpan DefaultDuration = TimeSpan.FromHours(1);

    public Permission Required => Permission.Restart;

    public string AuditCommand => Change == MuteChange.Mute ? "alerts mute" : "alerts unmute";

    public string AuditArguments => Change == MuteChange.Mute
        ? $"{string.Join(' ', Names)} for {WatchTime.Duration(For ?? DefaultDuration)}"
        : string.Join(' ', Names);

    public IReadOnlyList<string> AuditServers => Names;
}

public sealed class MuteAlertsValidator : AbstractValidator<MuteAlerts>
{
    public MuteAlertsValidator()
    {
        RuleFor(x => x.Change).IsInEnum().WithMessage("Say mute or unmute.");
        RuleFor(x => x.Names).WatchNames(allowAll: false);
        RuleFor(x => x.For).Must(f => f is not { } span || (span >= TimeSpan.FromMinutes(1) && span <= AlertMute.MaxDuration))
            .WithMessage("A mute lasts from 1 minute to 7 days, e.g. `for 30m`, `for 2h`, `for 1d`.");
        RuleFor(x => x.For).Null().When(x => x.Change == MuteChange.Unmute).WithMessage("`alerts unmute` takes no duration.");
    }
}

public sealed class MuteAlertsHandler(WatchTargets targets, IAlertMuteRepository mutes, ICurrentActor actor, TimeProvider time)
    : ICommandHandler<MuteAlerts, Result<WatchChange>>
{
    public async ValueTask<Result<WatchChange>> Handle(MuteAlerts command, CancellationToken cancellationToken)
    {
        var named = await targets.ResolveAsync(command.Names, command.Required, cancellationToken);
        var now = time.GetUtcNow();
        var until = now + (command.For ?? MuteAlerts.DefaultDuration);
        var outcomes = await WatchChange.ForEachAsync(named, async (target, scope) =>
        {
            if (command.Change == MuteChange.Mute)
            {
                await mutes.MuteAsync(scope, until - now, actor.Actor.UserId, now, cancellationToken);
                return new ServerOutcome(target.Name, Outcome.Ok, $"muted until {WatchTime.At(until, now)}");
            }

            return await mutes.RemoveAsync(scope, cancellationToken)
                ? new ServerOutcome(target.Name, Outcome.Ok, "unmuted")
                : new ServerOutcome(target.Name, Outcome.Ok, "was not muted");
        });
        return new WatchChange(command.AuditCommand, outcomes) { Until = command.Change == MuteChange.Mute ? until : null };
    }
}
