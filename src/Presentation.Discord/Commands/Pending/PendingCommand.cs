using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers.Pending;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Pending;

/// <summary><c>pending</c>: the pending restarts and stops of the servers the user may see.</summary>
public sealed class PendingCommand : BotCommand<ListPendingActions, IReadOnlyList<PendingActionView>>
{
    public override CommandInfo Info { get; } = new("pending", "Servers", "Lists pending restarts and stops: server, action, due time, who asked, reason.", "pending")
    {
        Examples = ["pending"],
    };

    protected override ListPendingActions Sample { get; } = new();

    public override Result<ListPendingActions> Parse(CommandArguments arguments) =>
        arguments?.Words.Count is 0 or null ? new ListPendingActions() : Error.Invalid("`pending` takes no arguments.");

    public override BotReply Format(IReadOnlyList<PendingActionView> result) => PendingActionReplies.List(result);
}
