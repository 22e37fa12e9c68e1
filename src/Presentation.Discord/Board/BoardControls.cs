using System.Globalization;
using DiscordApi.Events;
using DiscordApi.Messages;
using DiscordApi.Rest;
using ServerStatus.Application.Board;
using ServerStatus.Presentation.Discord.Bot;
using ServerStatus.Presentation.Discord.Commands;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Board;

/// <summary>
/// The controls under a board (<see cref="BoardComponents"/>). Refresh has the boards rendered again now — edited only
/// where what they show changed, and never sooner than <c>Board:MinEditSeconds</c> after their last edit — once per user
/// and board per <c>Board:RefreshCooldownSeconds</c>. Picking a server runs the typed `status &lt;server&gt;` as the user
/// who picked it, so its card (or the "not found" of a server they may not see) and its audit are those of typing it;
/// the answer is private to them.
/// </summary>
public sealed class BoardControls(
    IDiscordRest rest, BoardRefreshCooldown cooldown, ServerChangeSignal signal, CommandCatalog catalog, CommandExecutor executor, ReplyTargets targets)
{
    private const string SlashPrefix = "/";

    public Task AnswerAsync(InteractionCreated interaction, bool refresh, long boardId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return refresh ? RefreshAsync(interaction, boardId, ct) : OpenCardAsync(interaction, ct);
    }

    private async Task RefreshAsync(InteractionCreated interaction, long boardId, CancellationToken ct)
    {
        if (!cooldown.TryTake(interaction.InvokerUserId, boardId, out var allowedAgain))
        {
            var notice = new MessageBuilder()
                .AddEmbed(e => e.WithDescription(string.Create(CultureInfo.InvariantCulture, $"You can refresh this board again <t:{allowedAgain.ToUnixTimeSeconds()}:R>."))
                    .WithColor(ReplyColors.Neutral))
                .Build();
            await rest.RespondToInteractionAsync(interaction.InteractionId, interaction.Token, InteractionResponse.Reply(notice, ephemeral: true), ct);
            return;
        }

        await rest.RespondToInteractionAsync(interaction.InteractionId, interaction.Token, InteractionResponse.DeferUpdate(), ct);
        signal.Poke(string.Create(CultureInfo.InvariantCulture, $"board {boardId}"));
    }

    private async Task OpenCardAsync(InteractionCreated interaction, CancellationToken ct)
    {
        var target = targets.For(interaction, sensitive: true);
        var server = interaction.Data.Values.Count == 1 ? interaction.Data.Values[0] : null;
        if (server is null || catalog.Find("status") is not { } command)
        {
            await executor.RefuseAsync("Pick one server to see its card, or type `status <server>`.", usage: null, SlashPrefix, target, ct);
            return;
        }

        await executor.ExecuteAsync(command, CommandArguments.FromTokens([server]), Actors.From(interaction), SlashPrefix, target, ct);
    }
}
