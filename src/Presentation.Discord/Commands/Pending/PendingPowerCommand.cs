using DiscordApi.Commands;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Servers.Announcements;
using ServerStatus.Application.Servers.Pending;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Pending;

/// <summary>
/// <c>restart|stop &lt;server&gt; --in 5m [reason]</c> and <c>restart &lt;server&gt; --when-empty [--max 2h] [reason]</c>:
/// what <c>restart</c> and <c>stop</c> become with these options (<see cref="PowerCommand"/> hands them over; the slash
/// options <c>in</c>, <c>when_empty</c>, <c>max</c> and <c>reason</c> stand for them, see <see cref="SlashOptions"/>). Replacing
/// the server's pending action asks first. The reply shows the countdown with a Cancel button and is edited into the
/// outcome when it ends within <see cref="EditWindow"/>.
/// </summary>
public sealed class PendingPowerCommand(PowerAction action) : BotCommand<SchedulePowerAction, ScheduledPowerAction>
{
    public const string InFlag = "in";
    public const string WhenEmptyFlag = "when-empty";
    public const string MaxFlag = "max";
    public const string ReasonFlag = "reason";

    // Discord's bounds for a duration typed as a slash option: `5m` to `99999min`.
    private const int DurationMinLength = 2;
    private const int DurationMaxLength = 8;
    private const int ShownWordLength = 20;

    /// <summary>How long the reply waits to be edited into the outcome (interaction replies can be edited for 15 minutes).</summary>
    public static readonly TimeSpan EditWindow = TimeSpan.FromMinutes(12);

    public override CommandInfo Info { get; } = new(action.ToString().ToLowerInvariant(), "Servers", "Announced or player-aware power action", Usage(action))
    {
        Flags = action == PowerAction.Restart ? [InFlag, WhenEmptyFlag, MaxFlag, ReasonFlag] : [InFlag, ReasonFlag],
    };

    protected override SchedulePowerAction Sample { get; } = new(action, "mc", TimeSpan.FromMinutes(5), null, null);

    /// <summary>Whether these arguments ask for an announced or player-aware action.</summary>
    public static bool Wanted(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return arguments.Has(InFlag) || arguments.Has(WhenEmptyFlag) || arguments.Has(MaxFlag) || arguments.Has(ReasonFlag);
    }

    /// <summary>
    /// The slash options of <c>/restart</c> and <c>/stop</c> after the server names, each standing for the chat option of
    /// its name (<see cref="CommandInfo.FlagOptions"/>), so both forms are read by <see cref="Parse"/>.
    /// </summary>
    public static IReadOnlyList<CommandOption> SlashOptions(PowerAction action)
    {
        var verb = action == PowerAction.Restart ? "Restart" : "Stop";
        var delay = new CommandOption(CommandOptionType.String, InFlag, $"{verb} one server after this delay, announced in-game: 30s, 5m, 2h")
        {
            MinLength = DurationMinLength, MaxLength = DurationMaxLength,
        };
        var reason = new CommandOption(CommandOptionType.String, ReasonFlag, "With in" + (action == PowerAction.Restart ? " or when_empty" : "") + ": the reason, said in-game")
        {
            MaxLength = PendingPowerAction.ReasonMaxLength,
        };
        return action != PowerAction.Restart ? [delay, reason] :
        [
            delay,
            new(CommandOptionType.Boolean, WhenEmptyFlag.Replace('-', '_'), "Restart one server once nobody is online (it needs a player source)"),
            new(CommandOptionType.String, MaxFlag, "With when_empty: the longest wait, then a short countdown (default 2h)")
            {
                MinLength = DurationMinLength, MaxLength = DurationMaxLength,
            },
            reason,
        ];
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

        var server = arguments.Words[0];
        var (countdown, whenEmpty, max) = (arguments.Has(InFlag), arguments.Has(WhenEmptyFlag), arguments.Has(MaxFlag));
        if (countdown && whenEmpty)
        {
            return Error.Invalid("Use either `--in <delay>` or `--when-empty`, not both.");
        }

        if (!countdown && !whenEmpty)
        {
            return Error.Invalid(max
                ? $"`--max` goes with `--when-empty`: `{verb} {server} --when-empty --max 2h`."
                : $"A reason goes with a countdown{(action == PowerAction.Restart ? " or `--when-empty`" : "")}: `{verb} {server} --in 5m maintenance`.");
        }

        var rest = arguments.Words.Skip(1).ToList();
        TimeSpan? delay = null;
        TimeSpan? maxWait = null;
        if (countdown)
        {
            if (Take(rest) is not { } parsed)
            {
                return NoDuration(InFlag, "a delay", rest, $"{verb} {server} --in 5m");
            }

            delay = parsed;
        }

        if (max)
        {
            if (Take(rest) is not { } parsed)
            {
                return NoDuration(MaxFlag, "a wait", rest, $"{verb} {server} --when-empty --max 2h");
            }

            maxWait = parsed;
        }

        return new SchedulePowerAction(action, server, delay, maxWait, rest.Count == 0 ? null : string.Join(' ', rest));
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

    // What is wrong when the words after the server do not start with a duration: nothing there, or the word that is there
    // (a second server name, a reason before the delay, or a slash option's value that is no duration).
    private static Error NoDuration(string flag, string what, List<string> rest, string example)
    {
        if (rest.Count == 0)
        {
            return Error.Invalid($"`--{flag}` needs {what} after the server, e.g. `{example}` (a number with s, m or h).");
        }

        var word = rest[0].Length <= ShownWordLength ? rest[0] : rest[0][..ShownWordLength] + "…";
        return Error.Invalid($"`{word.Replace('`', '\'')}` is not {what}: `--{flag}` takes one server, then {what} such as `30s`, `5m` or `2h`, e.g. `{example}`.");
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
