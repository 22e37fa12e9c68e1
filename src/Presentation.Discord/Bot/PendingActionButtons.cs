using DiscordApi.Events;
using ServerStatus.Presentation.Discord.Commands;
using ServerStatus.Presentation.Discord.Commands.Pending;

namespace ServerStatus.Presentation.Discord.Bot;

/// <summary>
/// The Cancel button under a countdown: cancels that very pending action as the user who clicked (its requester or an
/// admin; anyone else is refused), authorized and audited like typing <c>cancel</c>. The answer is private to the
/// clicker; the countdown's reply is edited by its command.
/// </summary>
public sealed class PendingActionButtons(CommandExecutor executor, ReplyTargets targets)
{
    private const string SlashPrefix = "/";

    public Task AnswerAsync(InteractionCreated interaction, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return executor.ExecuteAsync(CancelCommand.ForButton(id), CommandArguments.None, Actors.From(interaction), SlashPrefix, targets.For(interaction, sensitive: true), ct);
    }
}
