using DiscordApi.Commands;
using DiscordApi.Events;
using DiscordApi.Messages;
using DiscordApi.Rest;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Common;
using ServerStatus.Application.Servers;
using ServerStatus.Domain.Permissions;
using ServerStatus.Presentation.Discord.Board;
using ServerStatus.Presentation.Discord.Bot.Outbox;
using ServerStatus.Presentation.Discord.Commands;
using ServerStatus.Presentation.Discord.Hosting;
using ServerStatus.Presentation.Discord.Notifications.Incidents;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Bot;

/// <summary>Slash commands, server-name autocomplete, the Confirm/Cancel buttons, the buttons under incidents and pending updates, and the controls under status boards.</summary>
public sealed class InteractionHandler(
    IDiscordRest rest,
    CommandCatalog catalog,
    CommandExecutor executor,
    ConfirmationRegistry confirmations,
    ActorScopedSender sender,
    ProgressDisplay progressDisplay,
    ReplyTargets replyTargets,
    ReplyOutbox outbox,
    IncidentButtons incidentButtons,
    BoardControls boardControls,
    ButtonPresses presses,
    PendingActionButtons pendingButtons,
    Notifications.Updates.UpdateButtons updateButtons,
    TimeProvider time,
    IOptions<BotOptions> options)
{
    // Discord's limit for a choice's name and string value.
    private const int ChoiceLength = 100;
    private const string SlashPrefix = "/";

    public Task HandleAsync(InteractionCreated interaction, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return interaction.Type switch
        {
            InteractionType.ApplicationCommand => RunCommandAsync(interaction, ct),
            InteractionType.ApplicationCommandAutocomplete => SuggestAsync(interaction, ct),
            InteractionType.MessageComponent => AnswerButtonAsync(interaction, ct),
            _ => Task.CompletedTask,
        };
    }

    private async Task RunCommandAsync(InteractionCreated interaction, CancellationToken ct)
    {
        var command = catalog.Find(interaction.Data.CommandName ?? "");
        var target = replyTargets.For(interaction, sensitive: command?.Info.Sensitive == true);
        if (command is null)
        {
            await executor.RefuseAsync($"This bot has no command `/{interaction.Data.CommandName}` any more.", usage: null, options.Value.Prefix, target, ct);
            return;
        }

        var arguments = SlashArguments.From(command.Info, interaction.Data);
        if (!arguments.IsSuccess)
        {
            await executor.RefuseAsync(arguments.Errors[0].Message, command.Info.Usage, SlashPrefix, target, ct);
            return;
        }

        var localized = arguments.Value with { Locale = interaction.Locale ?? interaction.GuildLocale };
        await executor.ExecuteAsync(command, localized, Actors.From(interaction), SlashPrefix, target, ct);
    }

    private async Task SuggestAsync(InteractionCreated interaction, CancellationToken ct)
    {
        var command = catalog.Find(interaction.Data.CommandName ?? "");
        var focused = SlashArguments.Focused(interaction.Data.Options);
        IReadOnlyList<CommandChoice> choices = [];
        if (command is not null && CommandOptions.NamesServers(focused?.Name))
        {
            var (done, partial) = SlashArguments.SplitFocused(focused!.StringValue); // NamesServers(null) is false
            var names = await sender.SendAsync(Actors.From(interaction), new SuggestServers(command.Requirement.Permission ?? Permission.Status, partial), ct);
            if (names.IsSuccess)
            {
                choices = [.. names.Value
                    .Select(name => done + name)
                    .Where(value => value.Length <= ChoiceLength)
                    .Select(value => CommandChoice.Of(value, value))];
            }
        }

        await rest.RespondToInteractionAsync(interaction.InteractionId, interaction.Token, InteractionResponse.Autocomplete(choices), ct);
    }

    private async Task AnswerButtonAsync(InteractionCreated interaction, CancellationToken ct)
    {
        using var press = presses.TryBegin(interaction);
        if (press is null)
        {
            await rest.RespondToInteractionAsync(interaction.InteractionId, interaction.Token, InteractionResponse.DeferUpdate(), ct);
            return;
        }

        await AnswerPressAsync(interaction, ct);
    }

    private async Task AnswerPressAsync(InteractionCreated interaction, CancellationToken ct)
    {
        var clickedAt = time.GetUtcNow();
        var customId = interaction.Data.CustomId ?? "";
        if (IncidentReplies.ReadButton(customId) is { } incidentButton)
        {
            await incidentButtons.AnswerAsync(interaction, incidentButton.Action, incidentButton.IncidentId, ct);
            return;
        }

        if (BoardComponents.Read(customId) is { } boardControl)
        {
            await boardControls.AnswerAsync(interaction, boardControl.Refresh, boardControl.BoardId, ct);
            return;
        }

        if (UpdateReplies.ReadButton(customId) is { } updateButton)
        {
            await updateButtons.AnswerAsync(interaction, updateButton.Update, updateButton.Server, ct);
            return;
        }

        if (PendingActionReplies.ReadCancelButton(customId) is { } pendingId)
        {
            await pendingButtons.AnswerAsync(interaction, pendingId, ct);
            return;
        }

        var confirm = customId.StartsWith(ConfirmationRegistry.ConfirmPrefix, StringComparison.Ordinal);
        if (!confirm && !customId.StartsWith(ConfirmationRegistry.CancelPrefix, StringComparison.Ordinal))
        {
            return;
        }

        var id = customId[(customId.IndexOf(':', StringComparison.Ordinal) + 1)..];
        var pending = confirmations.Find(id);
        if (pending is not null && pending.RequesterId != interaction.InvokerUserId)
        {
            await ReplyEphemeralAsync(interaction, BotReply.Of(Notice($"Only <@{pending.RequesterId}> can answer this.")), ct);
            return;
        }

        if ((pending = confirmations.Take(id)) is null)
        {
            await ReplyEphemeralAsync(interaction, BotReply.Of(Notice("This confirmation was already answered or has expired.")), ct);
            return;
        }

        if (!confirm)
        {
            await Update(interaction, ConfirmationRegistry.Closed("✖️ Cancelled", pending.Question + "\nNothing was done.", ReplyColors.Neutral), ct);
            return;
        }

        await Update(interaction, Working(pending.Question), ct);
        var running = pending.Run(ct);
        if (pending.Progress is { } progress)
        {
            await progressDisplay.ShowUntilAsync(
                running, progress, (line, token) => rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, Working(pending.Question + "\n" + line), token), ct);
        }

        var reply = await running;
        await outbox.DeliverAsync(PendingReplies.ToInteraction(interaction, clickedAt, reply.Messages, original: true, time.GetUtcNow()), ct);
    }

    // The prompt's embed while the confirmed command runs; its description gains the progress line, if any.
    private static OutgoingMessage Working(string description) =>
        ConfirmationRegistry.Closed("⏳ Working…", ErrorReplies.Fit(description, DiscordLimits.EmbedDescriptionLength), ReplyColors.Pending);

    private Task Update(InteractionCreated interaction, OutgoingMessage message, CancellationToken ct) =>
        rest.RespondToInteractionAsync(interaction.InteractionId, interaction.Token, InteractionResponse.UpdateMessage(message), ct);

    private Task ReplyEphemeralAsync(InteractionCreated interaction, BotReply reply, CancellationToken ct) =>
        rest.RespondToInteractionAsync(interaction.InteractionId, interaction.Token, InteractionResponse.Reply(reply.Messages[0], ephemeral: true), ct);

    private static Embed Notice(string text) => new EmbedBuilder().WithDescription(text).WithColor(ReplyColors.Neutral).Build();
}
