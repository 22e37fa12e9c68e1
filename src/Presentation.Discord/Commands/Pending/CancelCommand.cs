using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers.Pending;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.Pending;

/// <summary>
/// <c>cancel &lt;server&gt;</c>: calls off the server's pending restart or stop (its requester or an admin). The Cancel button
/// under a countdown runs <see cref="ForButton"/>: that very action, whatever the arguments.
/// </summary>
public sealed class CancelCommand : BotCommand<CancelPendingAction, CancelledAction>
{
    private readonly Guid? _button;

    public CancelCommand()
    {
    }

    private CancelCommand(Guid button) => _button = button;

    /// <summary>The command a Cancel button runs for the pending action <paramref name="id"/>.</summary>
    public static CancelCommand ForButton(Guid id) => new(id);

    public override CommandInfo Info { get; } = new("cancel", "Servers", "Cancels a server's pending restart or stop (who asked for it, or an admin).", "cancel <server>")
    {
        Examples = ["cancel mc"],
        SlashOptions = [CommandOptions.Server()],
    };

    protected override CancelPendingAction Sample { get; } = new("mc");

    public override Result<CancelPendingAction> Parse(CommandArguments arguments) => arguments?.Words.Count switch
    {
        _ when _button is { } id => new CancelPendingAction(null, id),
        1 => new CancelPendingAction(arguments.Words[0]),
        0 or null => Error.Invalid("Name the server whose pending restart or stop to cancel, e.g. `cancel mc`."),
        _ => Error.Invalid("Name one server, e.g. `cancel mc`."),
    };

    public override BotReply Format(CancelledAction result) => PendingActionReplies.Cancelled(result);
}
