using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Servers.Announcements;
using ServerStatus.Application.Servers.Pending;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Pending;

/// <summary>
/// <c>restart|stop &lt;server&gt; --in 5m [reason]</c> and <c>restart &lt;server&gt; --when-empty [--max 2h] [reason]</c>:
/// what <c>restart</c> and <c>stop</c> become with these options (<see cref="PowerCommand"/> hands them over). Replacing
/// the server's pending action asks first. The reply shows the countdown with a Cancel button and is edited into the
/// outcome when it ends within <see cref="EditWindow"/>.
/// </summary>
public sealed class PendingPowerCommand(PowerAction action) : BotCommand<SchedulePowerAction, ScheduledPowerAction>
{
    public const string InFlag = "in";
    public const string WhenEmptyFlag = "when-empty";
    public const string MaxFlag = "max";

    /// <summary>How long the reply waits to be edited into the outcome (interaction replies can be edited for 15 minutes).</summary>
    public static readonly TimeSpan EditWindow = TimeSpan.FromMinutes(12);

    public override CommandInfo Info { get; } = new(action.ToString().ToLowerInvariant(), "Servers", "Announced or player-aware power action", Usage(action))
    {
        Flags = action == PowerAction.Restart ? [InFlag, WhenEmptyFlag, MaxFlag] : [InFlag],
    };

    protected override SchedulePowerAction Sample { get; } = new(action, "mc", TimeSpan.FromMinutes(5), null, null);

    /// <summary>Whether these arguments ask for an announced or player-aware action.</summary>
    public static bool Wanted(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return arguments.Has(InFlag) || arguments.Has(WhenEmptyFlag) || arguments.Has(MaxFlag);
    }

    public static string Usage(PowerAction action) => action == PowerAction.Restart
        ? "restart <server> --in <delay> [reason] | restart <server> --when-empty [--max <wait>] [reason]"
        : "stop <server> --in <delay> [reason]";

    public override Result<SchedulePowerAction> Parse(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var verb = action.ToString().ToLowerInvariant();
        if (arguments.Words.Count == 0)
        {
            return Error.Invalid($"Name the server, e.g. `{verb} mc --in 5m`.");
        }

        var (countdown, whenEmpty, max) = (arguments.Has(InFlag), arguments.Has(WhenEmptyFlag), arguments.Has(MaxFlag));
        if (countdown && whenEmpty)
        {
            return Error.Invalid("Use either `--in <delay>` or `--when-empty`, not both.");
        }

        if (!countdown && !whenEmpty)
        {
            return Error.Invalid($"`--max` goes with `--when-empty`: `{verb} {arguments.Words[0]} --when-empty --max 2h`.");
        }

        var rest = arguments.Words.Skip(1).ToList();
        TimeSpan? delay = null;
        TimeSpan? maxWait = null;
        if (countdown)
        {
            if (Take(rest) is not { } parsed)
            {
                return Error.Invalid($"`--in` needs a delay right after the server, e.g. `{verb} {arguments.Words[0]} --in 5m` (s, m or h).");
            }

            delay = parsed;
        }

        if (max)
        {
            if (Take(rest) is not { } parsed)
            {
                return Error.Invalid($"`--max` needs a wait right after the server, e.g. `{verb} {arguments.Words[0]} --when-empty --max 2h` (s, m or h).");
            }

            maxWait = parsed;
        }

        return new SchedulePowerAction(action, arguments.Words[0], delay, maxWait, rest.Count == 0 ? null : string.Join(' ', rest));
    }

    public override BotReply Format(ScheduledPowerAction result) => PendingActionReplies.Scheduled(result);

    public override ConfirmationRequest? Confirmation(SchedulePowerAction message, CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new(new CheckTargets(message.AuditCommand, message.Required, [message.Server]), _ => "")
        {
            OnlyIf = async (session, ct) =>
            {
                var existing = await session.Sender.SendAsync(session.Actor, new FindPendingAction(message.Server, message.Required), ct);
                return !existing.IsSuccess ? Result<string?>.Fail(existing.Errors)
                    : existing.Value is { } found ? PendingActionReplies.ReplaceQuestion(found)
                    : Result<string?>.Success(null);
            },
        };
    }

    public override async Task<BotReply?> FollowUpAsync(SchedulePowerAction message, ScheduledPowerAction result, CommandSession session, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(session);
        if (result.Pending is not { } pending)
        {
            return null;
        }

        var outcome = await session.Sender.SendAsync(session.Actor, new AwaitPendingAction(pending.Id, EditWindow), ct);
        return outcome is { IsSuccess: true, Value: { } ended } ? PendingActionReplies.Ended(pending, ended) : null;
    }

    // The duration the words start with, removed from them; null when they do not start with one.
    private static TimeSpan? Take(List<string> words)
    {
        if (words.Count == 0 || !Durations.TryParse(words[0], out var duration))
        {
            return null;
        }

        words.RemoveAt(0);
        return duration;
    }
}
