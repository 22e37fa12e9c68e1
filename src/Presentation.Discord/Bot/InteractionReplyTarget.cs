using ServerStatus.Presentation.Discord.DiscordApi.Events;
using ServerStatus.Presentation.Discord.DiscordApi.Messages;
using ServerStatus.Presentation.Discord.DiscordApi.Rest;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Bot;

/// <summary>
/// Answers a slash command: at once when the work is quick, else a deferred response first
/// ("thinking…", well within Discord's 3 s) and the answer as an edit; extra messages as follow-ups.
/// </summary>
public sealed class InteractionReplyTarget(IDiscordRest rest, InteractionCreated interaction, TimeSpan deferAfter, TimeProvider time, bool ephemeral = false)
    : IReplyTarget
{
    public async Task DeliverAsync(Task<BotReply> reply, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reply);
        await Task.WhenAny(reply, Task.Delay(deferAfter, time, ct));
        var deferred = !reply.IsCompleted;
        if (deferred)
        {
            await rest.RespondToInteractionAsync(interaction.InteractionId, interaction.Token, InteractionResponse.Defer(ephemeral), ct);
        }

        var messages = (await reply).Messages.Select(Flagged).ToList();
        if (deferred)
        {
            await rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, messages[0], ct);
        }
        else
        {
            await rest.RespondToInteractionAsync(interaction.InteractionId, interaction.Token, InteractionResponse.Reply(messages[0], ephemeral), ct);
        }

        foreach (var extra in messages.Skip(1))
        {
            await rest.CreateFollowupAsync(interaction.ApplicationId, interaction.Token, extra, ct);
        }
    }

    public async Task<Func<OutgoingMessage, CancellationToken, Task>> PromptAsync(OutgoingMessage prompt, CancellationToken ct)
    {
        await rest.RespondToInteractionAsync(interaction.InteractionId, interaction.Token, InteractionResponse.Reply(Flagged(prompt), ephemeral), ct);
        return (replacement, token) => rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, replacement, token);
    }

    private OutgoingMessage Flagged(OutgoingMessage message) =>
        ephemeral ? message with { Flags = message.Flags | MessageFlags.Ephemeral } : message;
}
