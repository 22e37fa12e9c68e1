using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Watch;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Watch;

/// <summary>
/// <c>alerts mute &lt;servers...&gt; [for 1h]</c> and <c>alerts unmute &lt;servers...&gt;</c>: who may restart a server may
/// silence it. The incident's "Mute 1 h" button runs <c>alerts mute &lt;server&gt; for 1h</c>.
/// </summary>
public sealed class MuteCommand(MuteChange change) : BotCommand<MuteAlerts, WatchChange>
{
    public override CommandInfo Info { get; } = change == MuteChange.Mute
        ? new("alerts_mute", "Watch", "Silences servers' incidents for a while (1 h unless said, at most 7 days).", "alerts mute <servers...> [for 1h]")
        {
            Examples = ["alerts mute mc", "alerts mute mc web for 30m", "alerts mute mc for 1d"],
            SlashOptions = [CommandOptions.Servers(required: true), WatchArguments.ForOption("How long: 30m, 2h, 1d (default 1h)")],
            KeywordOptions = [WatchArguments.ForWord],
        }
        : new("alerts_unmute", "Watch", "Ends a mute: incidents of these servers are posted again.", "alerts unmute <servers...>")
        {
            Examples = ["alerts unmute mc"],
            SlashOptions = [CommandOptions.Servers(required: true)],
        };

    protected override MuteAlerts Sample { get; } = new(change, ["mc"]);

    public override Result<MuteAlerts> Parse(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var words = WatchArguments.Parse(arguments.Words, takesReason: false);
        if (!words.IsSuccess)
        {
            return Result<MuteAlerts>.Fail(words.Errors);
        }

        return words.Value.Names.Count == 0 ? Error.Invalid("Name the servers to " + (change == MuteChange.Mute ? "mute." : "unmute."))
            : change == MuteChange.Unmute && words.Value.Duration is not null ? Error.Invalid("`alerts unmute` takes no duration.")
            : new MuteAlerts(change, words.Value.Names, words.Value.Duration);
    }

    public override BotReply Format(WatchChange result) => WatchReplies.Change(result);
}
