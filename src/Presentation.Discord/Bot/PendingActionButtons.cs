using DiscordApi.Events;
using ServerStatus.Application.Common;
using ServerStatus.Application.Servers.Pending;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Bot;

/// <summary>
/// The Cancel button under a countdown: cancels that very pending action as the user who clicked (its requester or an
/// admin; anyone else is refused). The answer is private to the clicker; the countdown's reply is edited by its command.
/// </summary>
public sealed class PendingActionButtons(ActorScopedSender sender, ReplyTargets targets)
{
    public async Task AnswerAsync(InteractionCreated interaction, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var target = targets.For(interaction, sensitive: true);
        var cancelled = await sender.SendAsync(Actors.From(interaction), new CancelPendingAction(null, id), ct);
        var reply = cancelled.IsSuccess ? PendingActionReplies.Cancelled(cancelled.Value) : ErrorReplies.From(cancelled.Errors);
        await target.DeliverAsync(Task.FromResult(reply), null, ct);
    }
}
